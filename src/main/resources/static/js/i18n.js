// Message bundles for the UI. zh-CN is the platform's first language, English the second.
// Bundles live in /i18n/<area>/<lang>.json so that each module ships its own file; a key is
// written "<area>.<key>" (t('audit.verify.ok')). The state is reactive, so switching the
// language re-renders every Vue app on the page without a reload.
import { reactive } from '/webjars/vue/dist/vue.esm-browser.prod.js';

export const LANGUAGES = ['zh-CN', 'en'];
const STORAGE_KEY = 'cityos.lang';

function storedLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch (e) { /* storage blocked: fall back to default */ }
  return 'zh-CN';
}

export const i18n = reactive({ lang: storedLanguage(), messages: {} });

const areas = new Set();
const loaded = new Map(); // "<lang>/<area>" -> Promise of flat messages

function flatten(prefix, value, into) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? prefix + '.' + k : k, v, into);
  } else {
    into[prefix] = value;
  }
  return into;
}

function fetchBundle(lang, area) {
  const id = lang + '/' + area;
  if (!loaded.has(id)) {
    loaded.set(id, fetch(`/i18n/${area}/${lang}.json`, { headers: { Accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : {}))
      .catch(() => ({}))
      .then(json => flatten(area, json, {})));
  }
  return loaded.get(id);
}

async function mergeInto(lang, wanted) {
  const bundles = await Promise.all(wanted.map(area => fetchBundle(lang, area)));
  if (i18n.lang !== lang) return; // the user switched again meanwhile
  Object.assign(i18n.messages, ...bundles);
}

/** Loads the given areas' bundles for the current language (and remembers them for switches). */
export async function loadAreas(...wanted) {
  wanted.flat().forEach(a => areas.add(a));
  document.documentElement.lang = i18n.lang;
  await mergeInto(i18n.lang, wanted.flat());
}

/** Switches the language, reloading all areas used so far, and remembers the choice. */
export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === i18n.lang) return;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch (e) { /* not remembered */ }
  const bundles = await Promise.all([...areas].map(area => fetchBundle(lang, area)));
  i18n.lang = lang;
  document.documentElement.lang = lang;
  for (const key of Object.keys(i18n.messages)) delete i18n.messages[key];
  Object.assign(i18n.messages, ...bundles);
}

/**
 * The message for a key, with {name} placeholders filled from params. An unknown key is shown
 * as itself so that a missing translation is visible rather than silently blank.
 */
export function t(key, params) {
  let message = i18n.messages[key];
  if (message === undefined) return key;
  if (params) {
    message = String(message).replace(/\{(\w+)\}/g, (m, name) =>
      params[name] === undefined || params[name] === null ? m : String(params[name]));
  }
  return message;
}

/** True when a key has a message in the current language (for optional labels such as enum values). */
export function has(key) {
  return i18n.messages[key] !== undefined;
}
