// The pages of CityOS and who may open them. The shell's navigation and the home page's tiles
// are drawn from this list, showing only the entries the user's roles allow (roles: null = any
// logged-in user). A module adding pages appends its entries here and its labels to its own
// i18n bundle.
export const NAV_GROUPS = [
  { id: 'workbench', label: 'shell.navGroup.workbench' },
  { id: 'cases', label: 'shell.navGroup.cases' },
  { id: 'sensing', label: 'shell.navGroup.sensing' },
  { id: 'data', label: 'shell.navGroup.data' },
  { id: 'admin', label: 'shell.navGroup.admin' },
  { id: 'security', label: 'shell.navGroup.security' },
];

export const NAV = [
  { id: 'home', group: 'workbench', href: '/index.html', icon: 'home', label: 'shell.nav.home', roles: null, tile: false },
  { id: 'map', group: 'workbench', href: '/map.html', icon: 'map', label: 'shell.nav.map', description: 'shell.navDescription.map', roles: null },
  { id: 'calendar', group: 'workbench', href: '/calendar.html', icon: 'calendar', label: 'shell.nav.calendar', description: 'shell.navDescription.calendar', roles: null },
  { id: 'cases-intake', group: 'cases', href: '/cases-intake.html', icon: 'phone', label: 'shell.nav.casesIntake', description: 'shell.navDescription.casesIntake', roles: ['OPERATOR', 'ADMIN'] },
  { id: 'cases-dispatch', group: 'cases', href: '/cases-dispatch.html', icon: 'dispatch', label: 'shell.nav.casesDispatch', description: 'shell.navDescription.casesDispatch', roles: ['OPERATOR', 'ADMIN'] },
  { id: 'cases-inbox', group: 'cases', href: '/cases-inbox.html', icon: 'inbox', label: 'shell.nav.casesInbox', description: 'shell.navDescription.casesInbox', roles: ['HANDLER'] },
  { id: 'cases-grid', group: 'cases', href: '/cases-grid.html', icon: 'pin', label: 'shell.nav.casesGrid', description: 'shell.navDescription.casesGrid', roles: ['GRID_WORKER'] },
  { id: 'cases-supervision', group: 'cases', href: '/cases-supervision.html', icon: 'alarm', label: 'shell.nav.casesSupervision', description: 'shell.navDescription.casesSupervision', roles: ['OPERATOR', 'LEADER', 'ADMIN'] },
  { id: 'cases-analysis', group: 'cases', href: '/cases-analysis.html', icon: 'chart', label: 'shell.nav.casesAnalysis', description: 'shell.navDescription.casesAnalysis', roles: ['LEADER', 'OPERATOR', 'ADMIN'] },
  // One case in detail: opened from the desks' lists, not from the navigation.
  { id: 'case', group: 'cases', href: '/case.html', icon: 'inbox', label: 'shell.nav.case', roles: ['OPERATOR', 'ADMIN', 'LEADER', 'HANDLER', 'GRID_WORKER'], tile: false, nav: false },
  { id: 'sensors', group: 'sensing', href: '/sensors.html', icon: 'sensor', label: 'shell.nav.sensors', description: 'shell.navDescription.sensors', roles: null },
  { id: 'aqi', group: 'sensing', href: '/aqi.html', icon: 'air', label: 'shell.nav.aqi', description: 'shell.navDescription.aqi', roles: null },
  { id: 'alerts', group: 'sensing', href: '/alerts.html', icon: 'alarm', label: 'shell.nav.alerts', description: 'shell.navDescription.alerts', roles: null },
  // One sensor's charts: opened from the sensor map and the alerts, not from the navigation.
  { id: 'sensor', group: 'sensing', href: '/sensor.html', icon: 'chart', label: 'shell.nav.sensor', roles: null, tile: false, nav: false },
  { id: 'catalog', group: 'data', href: '/catalog.html', icon: 'catalog', label: 'shell.nav.catalog', description: 'shell.navDescription.catalog', roles: null },
  { id: 'steward', group: 'data', href: '/steward.html', icon: 'inbox', label: 'shell.nav.steward', description: 'shell.navDescription.steward', roles: ['STEWARD', 'ADMIN'] },
  { id: 'scorecard', group: 'data', href: '/scorecard.html', icon: 'chart', label: 'shell.nav.scorecard', description: 'shell.navDescription.scorecard', roles: ['ADMIN', 'LEADER', 'AUDITOR', 'STEWARD'] },
  { id: 'upload', group: 'data', href: '/upload.html', icon: 'upload', label: 'shell.nav.upload', description: 'shell.navDescription.upload', roles: ['STEWARD', 'ADMIN'] },
  { id: 'registry', group: 'data', href: '/registry.html', icon: 'compare', label: 'shell.nav.registry', description: 'shell.navDescription.registry', roles: ['ADMIN', 'STEWARD', 'LEADER'] },
  { id: 'checks', group: 'data', href: '/checks.html', icon: 'checklist', label: 'shell.nav.checks', description: 'shell.navDescription.checks', roles: ['ADMIN', 'STEWARD'] },
  { id: 'departments', group: 'admin', href: '/admin/departments.html', icon: 'building', label: 'shell.nav.departments', description: 'shell.navDescription.departments', roles: ['ADMIN'] },
  { id: 'accounts', group: 'admin', href: '/admin/accounts.html', icon: 'users', label: 'shell.nav.accounts', description: 'shell.navDescription.accounts', roles: ['ADMIN'] },
  { id: 'tokens', group: 'admin', href: '/admin/tokens.html', icon: 'key', label: 'shell.nav.tokens', description: 'shell.navDescription.tokens', roles: ['ADMIN'] },
  { id: 'audit', group: 'security', href: '/audit.html', icon: 'shield', label: 'shell.nav.audit', description: 'shell.navDescription.audit', roles: ['AUDITOR'] },
];

// 24x24 stroke icons (drawn for CityOS), used by the navigation and the home tiles.
export const ICONS = {
  home: '<path d="M3 11l9-7 9 7"/><path d="M5 10v10h5v-6h4v6h5V10"/>',
  map: '<path d="M9 4L3 6v14l6-2 6 2 6-2V4l-6 2-6-2z"/><path d="M9 4v14M15 6v14"/>',
  calendar: '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/><path d="M7 14h2M11 14h2M15 14h2M7 17h2M11 17h2"/>',
  building: '<path d="M4 21V5l8-2v18M12 8l8 2v11"/><path d="M2 21h20M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2"/>',
  users: '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.5 3.4-5.5 6.5-5.5s5.7 2 6.5 5.5"/><path d="M16 4.8a3.5 3.5 0 010 6.4M18 14.8c1.8.8 3 2.6 3.5 5.2"/>',
  key: '<circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M16 7l3 3M14 9l2 2"/>',
  catalog: '<ellipse cx="12" cy="5.5" rx="7.5" ry="2.5"/><path d="M4.5 5.5v6c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-6"/><path d="M4.5 11.5v6c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-6"/>',
  inbox: '<path d="M3 13l3-8h12l3 8v6H3v-6z"/><path d="M3 13h5l1.5 2.5h5L16 13h5"/>',
  upload: '<path d="M12 16V4M7 9l5-5 5 5"/><path d="M4 15v5h16v-5"/>',
  chart: '<path d="M4 20V4M4 20h16"/><rect x="7" y="12" width="3" height="6"/><rect x="12" y="8" width="3" height="10"/><rect x="17" y="5" width="3" height="13"/>',
  phone: '<path d="M5 4h4l2 5-2.5 1.5a11 11 0 005 5L15 13l5 2v4a2 2 0 01-2 2A16 16 0 013 6a2 2 0 012-2z"/>',
  dispatch: '<path d="M4 12h11M11 6l6 6-6 6"/><path d="M20 4v16"/>',
  camera: '<path d="M4 8h3l2-3h6l2 3h3v11H4z"/><circle cx="12" cy="13" r="3.5"/>',
  pin: '<path d="M12 21s-7-6.2-7-11.5A7 7 0 0119 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>',
  alarm: '<path d="M6 17V11a6 6 0 0112 0v6"/><path d="M4 17h16M10 20h4"/><path d="M12 2v2M3.5 6l1.5 1M20.5 6L19 7"/>',
  compare: '<path d="M4 7h11M11 3l4 4-4 4"/><path d="M20 17H9M13 13l-4 4 4 4"/>',
  checklist: '<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8l1.5 1.5L12 7M8 14l1.5 1.5L12 13M14 8.5h3M14 14.5h3"/>',
  sensor: '<circle cx="12" cy="12" r="2"/><path d="M8.5 8.5a5 5 0 000 7M15.5 8.5a5 5 0 010 7M5.6 5.6a9 9 0 000 12.8M18.4 5.6a9 9 0 010 12.8"/>',
  air: '<path d="M3 8h11a3 3 0 10-3-3"/><path d="M3 12h16a3 3 0 11-3 3"/><path d="M3 16h7"/>',
  shield: '<path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6l8-3z"/><path d="M8.5 12l2.5 2.5 4.5-5"/>',
};

export function iconSvg(name) {
  const body = ICONS[name] || '';
  return `<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;
}

export function mayOpen(item, user) {
  if (!user) return false;
  if (!item.roles) return true;
  return item.roles.some(role => (user.roles || []).includes(role));
}
