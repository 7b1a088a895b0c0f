// What the directory pages share: the whole department list (for pickers and for showing names
// next to codes) and the lists of department kinds and assignable roles.
import { api } from '/js/app.js';

export const DEPARTMENT_KINDS = ['MUNICIPAL_BUREAU', 'DISTRICT_GOVERNMENT', 'STREET_OFFICE', 'PUBLIC_UTILITY', 'OTHER'];

// SYSTEM belongs to API tokens, never to a person's account.
export const PERSON_ROLES = ['ADMIN', 'LEADER', 'OPERATOR', 'HANDLER', 'STEWARD', 'GRID_WORKER', 'AUDITOR'];

// Roles that only make sense inside a department (Role.requiresDepartment on the server).
export const DEPARTMENT_ROLES = ['HANDLER', 'STEWARD', 'GRID_WORKER'];

/** Every department, fetched page by page, sorted by code. */
export async function loadAllDepartments() {
  const all = [];
  for (let page = 0; page < 100; page++) {
    const result = await api('/api/directory/departments', { query: { page, size: 200 } });
    all.push(...result.content);
    if (page + 1 >= result.totalPages) break;
  }
  return all.sort((a, b) => a.code.localeCompare(b.code));
}

/** "name (code)" for a code, or the code alone when the department is unknown. */
export function departmentLabel(departments, code) {
  if (!code) return '—';
  const found = departments.find(d => d.code === code);
  return found ? found.name : code;
}
