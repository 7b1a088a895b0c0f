// What the sensing pages (城市感知) share: sensor kinds, the colours of statuses, warning levels
// and AQI categories, the sensors' status (from GET /api/sensing/status, or, on a server without
// it, assembled from the SensorThings API and the open alerts), and the check whether an endpoint
// exists at all (a 404 means "not on this server", anything else is a real error).
import { api, t, has, ApiError } from '/js/app.js';

export const KINDS = ['air', 'noise', 'water', 'traffic', 'parking', 'manhole'];
export const LEVELS = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];
export const STATES = ['RAISED', 'ACKNOWLEDGED', 'RESOLVED'];
export const RULE_KINDS = ['THRESHOLD', 'RATE_OF_CHANGE', 'NO_DATA', 'AQI_CATEGORY', 'WATER_CLASS_WORSE_THAN_TARGET', 'FORECAST_BREACH'];
export const SCOPE_TYPES = ['DATASTREAM', 'OBSERVED_PROPERTY', 'SENSOR_KIND', 'AREA'];
export const AQI_CATEGORIES = ['EXCELLENT', 'GOOD', 'LIGHTLY_POLLUTED', 'MODERATELY_POLLUTED', 'HEAVILY_POLLUTED', 'SEVERELY_POLLUTED'];
export const POLLUTANTS = ['PM2_5', 'PM10', 'O3', 'NO2', 'SO2', 'CO'];
export const AQI_ITEMS = ['PM2_5_1H', 'PM2_5_24H', 'PM10_1H', 'PM10_24H', 'O3_1H', 'O3_8H', 'NO2_1H', 'NO2_24H', 'SO2_1H', 'SO2_24H', 'CO_1H', 'CO_24H'];
export const WATER_PARAMETERS = ['DISSOLVED_OXYGEN', 'PERMANGANATE_INDEX', 'CHEMICAL_OXYGEN_DEMAND', 'AMMONIA_NITROGEN', 'TOTAL_PHOSPHORUS'];
export const WATER_CLASSES = ['I', 'II', 'III', 'IV', 'V'];

/** 蓝 黄 橙 红 as the warning signals are drawn; text colour chosen for contrast. */
export const LEVEL_COLOURS = {
  BLUE: { bg: '#1e6fd9', fg: '#ffffff' },
  YELLOW: { bg: '#f5c400', fg: '#3a2e00' },
  ORANGE: { bg: '#f57c00', fg: '#ffffff' },
  RED: { bg: '#d32f2f', fg: '#ffffff' },
};
export const STATUS_COLOURS = { OK: '#1b9e4b', OFFLINE: '#9aa3ad' };

/** HJ 633 category colours (the standard's own). */
export const AQI_COLOURS = {
  EXCELLENT: '#00e400', GOOD: '#ffff00', LIGHTLY_POLLUTED: '#ff7e00',
  MODERATELY_POLLUTED: '#ff0000', HEAVILY_POLLUTED: '#99004c', SEVERELY_POLLUTED: '#7e0023',
};
const AQI_BOUNDS = [[50, 'EXCELLENT'], [100, 'GOOD'], [150, 'LIGHTLY_POLLUTED'], [200, 'MODERATELY_POLLUTED'], [300, 'HEAVILY_POLLUTED']];

/** The HJ 633 category of an AQI or IAQI value. */
export function aqiCategory(value) {
  if (value === null || value === undefined) return null;
  for (const [top, category] of AQI_BOUNDS) if (value <= top) return category;
  return 'SEVERELY_POLLUTED';
}

/** Inline style of a chip in an AQI category's colour (dark text on the light colours). */
export function aqiStyle(category) {
  const bg = AQI_COLOURS[category];
  if (!bg) return {};
  const light = category === 'EXCELLENT' || category === 'GOOD' || category === 'LIGHTLY_POLLUTED';
  return { background: bg, color: light ? '#1f2a37' : '#ffffff' };
}

export function levelStyle(level) {
  const c = LEVEL_COLOURS[level];
  return c ? { background: c.bg, color: c.fg } : {};
}

/** The marker colour of a sensor: green, the warning level's colour, or grey. */
export function statusColour(sensor) {
  if (sensor.status === 'WARNING' && LEVEL_COLOURS[sensor.level]) return LEVEL_COLOURS[sensor.level].bg;
  return STATUS_COLOURS[sensor.status] || STATUS_COLOURS.OFFLINE;
}

/** A label from the sensing bundle for an enum value, or the value itself. */
export function label(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = 'sensing.enum.' + kind + '.' + value;
  return has(key) ? t(key) : String(value);
}

export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = Number(value);
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Calls api(); resolves to null when the endpoint answers 404 (not on this server). */
export async function optional(path, opts) {
  try {
    return await api(path, opts);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Sensor status

const OFFLINE_AFTER_MS = 10 * 60 * 1000;
const SEVERITY = { BLUE: 1, YELLOW: 2, ORANGE: 3, RED: 4 };
let statusEndpoint = null; // null: not asked yet; true/false once known

function pointOf(location) {
  if (!location) return null;
  const g = location.type === 'Feature' ? location.geometry : location;
  if (g && g.type === 'Point' && Array.isArray(g.coordinates)) return { lon: g.coordinates[0], lat: g.coordinates[1] };
  return null;
}

/** Open alert levels per datastream id (the most severe when several rules fire). */
export async function openAlertLevels() {
  const levels = {};
  const page = await api('/api/sensing/alerts', { query: { state: 'OPEN', size: 500 } });
  for (const a of page.content) {
    const id = String(a.datastreamId);
    if (!levels[id] || SEVERITY[a.level] > SEVERITY[levels[id]]) levels[id] = a.level;
  }
  return levels;
}

/**
 * Sensors with their status, in the shape of GET /api/sensing/status: {id, name, kind, lon, lat,
 * status OK|WARNING|OFFLINE, level, lastObservation, values: [{datastreamId, name,
 * observedProperty, unit, time, value, alertLevel}], index}. kind '' = all.
 */
export async function loadSensors(kind) {
  if (statusEndpoint !== false) {
    const found = await optional('/api/sensing/status', { query: { kind } });
    if (found) { statusEndpoint = true; return found; }
    statusEndpoint = false;
  }
  return sensorsFromSensorThings(kind);
}

async function sensorsFromSensorThings(kind) {
  const expand = 'Locations,Datastreams($expand=ObservedProperty,Observations($top=1;$orderby=phenomenonTime desc))';
  const [alerts, things] = await Promise.all([openAlertLevels(), readAll('/sta/v1.1/Things', { $expand: expand, $top: 1000 })]);
  const now = Date.now();
  const sensors = [];
  for (const thing of things) {
    const datastreams = thing.Datastreams || [];
    const thingKind = (thing.properties && thing.properties.kind)
      || (datastreams.find(d => d.properties && d.properties.kind) || { properties: {} }).properties.kind || null;
    if (kind && thingKind !== kind) continue;
    const point = pointOf((thing.Locations || [])[0] && thing.Locations[0].location);
    let last = null;
    let level = null;
    const values = datastreams.map(d => {
      const o = (d.Observations || [])[0];
      const alert = alerts[String(d['@iot.id'])] || null;
      if (alert && (!level || SEVERITY[alert] > SEVERITY[level])) level = alert;
      const time = o ? (o.phenomenonTime || '').split('/')[0] : null;
      if (time && (!last || new Date(time) > new Date(last))) last = time;
      return {
        datastreamId: d['@iot.id'], name: d.name, observedProperty: d.ObservedProperty ? d.ObservedProperty.name : '',
        unit: d.unitOfMeasurement ? d.unitOfMeasurement.symbol : null, time,
        value: o && typeof o.result === 'number' ? o.result : null, alertLevel: alert,
      };
    });
    const status = !last || now - new Date(last).getTime() > OFFLINE_AFTER_MS ? 'OFFLINE' : level ? 'WARNING' : 'OK';
    sensors.push({ id: thing['@iot.id'], name: thing.name, kind: thingKind, lon: point && point.lon, lat: point && point.lat,
      status, level, lastObservation: last, values, index: null });
  }
  sensors.fallback = true;
  return sensors;
}

/** Every entity of a SensorThings collection, following @iot.nextLink. */
export async function readAll(path, query, limit = 20000) {
  const out = [];
  let url = path;
  let q = query;
  while (url && out.length < limit) {
    const page = await api(url, { query: q });
    out.push(...(page.value || []));
    const next = page['@iot.nextLink'];
    if (!next) break;
    const u = new URL(next, location.origin);
    url = u.pathname + u.search;
    q = null;
  }
  return out;
}
