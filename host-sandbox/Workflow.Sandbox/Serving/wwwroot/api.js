// The serve command's JSON API. Every call resolves to {status, body}; failures carry the host's error shape.
async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  let json;
  try {
    json = await response.json();
  } catch {
    json = { ok: false, error: { code: 'http_' + response.status, message: `The sandbox answered HTTP ${response.status}.`, details: [] } };
  }
  return { status: response.status, body: json };
}

const id = s => encodeURIComponent(s);

export const api = {
  actions: () => call('GET', '/api/actions'),
  describe: action => call('GET', `/api/actions/${id(action)}`),
  options: (action, input, values) => call('POST', `/api/actions/${id(action)}/options/${id(input)}`, values),
  run: (action, input) => call('POST', `/api/actions/${id(action)}/run`, input),
  runWorkflow: (workflow, trigger) => call('POST', '/api/workflows/run', trigger === undefined ? { workflow } : { workflow, trigger }),
  connection: () => call('GET', '/api/connection'),
  saveConnection: (plugin, values) => call('PUT', '/api/connection', { plugin, values }),
};

/** Manifest descriptions are Markdown; shown as plain text (never as HTML). */
export function plain(markdown) {
  return (markdown ?? '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** Creates an element with properties and children. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key in node && !key.includes('-')) node[key] = value; else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter(c => c !== undefined && c !== null));
  return node;
}
