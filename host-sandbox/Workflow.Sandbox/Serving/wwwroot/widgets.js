// One control per x-ui widget. Each returns {control, read(), write(value), check()}: read() gives the JSON value
// (undefined when empty, so the input is left out), check() a message when the text cannot become that value.
import { el } from './api.js';
import { filter } from './filter.js';

export function widgetOf(input, schema) {
  if (input.widget) return input.widget;
  if (input.dynamic_options || input.enum) return schema?.type === 'array' ? 'multiselect' : 'select';
  const type = input.type;
  if (type.startsWith('boolean')) return 'switch';
  if (type.startsWith('integer') || type.startsWith('number')) return 'number';
  if (type.includes('(date-time)')) return 'datetime';
  if (type.startsWith('string')) return 'text';
  return 'json';
}

export function createControl(widget, id, input, schema) {
  switch (widget) {
    case 'textarea': return textual(el('textarea', { id, rows: 4, className: 'text', placeholder: input.placeholder }));
    case 'number': return number(id, input);
    case 'switch': return toggle(id, input);
    case 'datetime': return datetime(id);
    case 'select': return choice(id, false);
    case 'multiselect': return choice(id, true);
    case 'json': return json(id, input, schema);
    case 'filter': return filter(id, input, schema);
    default: return textual(el('input', { id, type: 'text', placeholder: input.placeholder }));
  }
}

function textual(control) {
  return { control, read: () => (control.value === '' ? undefined : control.value), write: v => { control.value = v ?? ''; }, check: () => null };
}

function number(id, input) {
  const integer = input.type.startsWith('integer');
  const control = el('input', { id, type: 'number', step: integer ? '1' : 'any', inputMode: integer ? 'numeric' : 'decimal', placeholder: input.placeholder });
  const read = () => (control.value === '' ? undefined : Number(control.value));
  const check = () => (control.value !== '' && (Number.isNaN(read()) || (integer && !Number.isInteger(read())))
    ? (integer ? 'Enter a whole number.' : 'Enter a number.') : (control.validity.badInput ? 'Enter a number.' : null));
  return { control, read, write: v => { control.value = v ?? ''; }, check };
}

function toggle(id, input) {
  const control = el('input', { id, type: 'checkbox', role: 'switch' });
  // Unchecked leaves the input out, unless the default is true: then it must say false.
  const read = () => (control.checked ? true : input.default === true ? false : undefined);
  return { control, read, write: v => { control.checked = v === true; }, check: () => null };
}

function datetime(id) {
  const control = el('input', { id, type: 'datetime-local', step: 1 });
  const read = () => (control.value === '' ? undefined : new Date(control.value).toISOString());
  const write = v => { control.value = v ? new Date(v).toISOString().slice(0, 19) : ''; };
  return { control, read, write, check: () => (control.value !== '' && Number.isNaN(Date.parse(control.value)) ? 'Enter a date and time.' : null) };
}

function choice(id, multiple) {
  const control = el('select', { id, multiple });
  const read = () => {
    const chosen = [...control.selectedOptions].filter(o => o.value !== '').map(o => JSON.parse(o.value));
    return multiple ? (chosen.length ? chosen : undefined) : chosen[0];
  };
  const write = v => {
    const wanted = (Array.isArray(v) ? v : [v]).map(x => JSON.stringify(x));
    for (const option of control.options) option.selected = wanted.includes(option.value);
  };
  return { control, read, write, check: () => null };
}

function json(id, input, schema) {
  const control = el('textarea', { id, rows: 4, spellcheck: false, placeholder: input.placeholder });
  const want = schema?.type === 'object' ? 'object' : schema?.type === 'array' ? 'array' : null;
  const parse = () => (control.value.trim() === '' ? undefined : JSON.parse(control.value));
  const check = () => {
    let value;
    try { value = parse(); } catch (e) { return `Not valid JSON: ${e.message}`; }
    if (value === undefined || want === null) return null;
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return actual === want ? null : `Must be a JSON ${want}, not ${actual === 'object' ? 'an object' : 'a' + (actual === 'array' ? 'n ' : ' ') + actual}.`;
  };
  const read = () => { try { return parse(); } catch { return undefined; } };
  return { control, read, write: v => { control.value = v === undefined ? '' : JSON.stringify(v, null, 2); }, check };
}

/** Fills a select with options from the options API, grouped by option.group (optgroup). */
export function fillOptions(select, options, { placeholder, sortName, keep }) {
  select.replaceChildren();
  if (!select.multiple) select.append(el('option', { value: '' }, placeholder));
  const groups = new Map();
  for (const option of options) {
    const rank = sortName && option.sort_value !== null && option.sort_value !== undefined ? ` (${sortName} ${option.sort_value})` : '';
    const item = el('option', { value: JSON.stringify(option.value), title: option.description ?? undefined }, option.label + rank);
    item.dataset.description = option.description ?? '';
    if (option.group === null || option.group === undefined) { select.append(item); continue; }
    if (!groups.has(option.group)) {
      groups.set(option.group, el('optgroup', { label: option.group }));
      select.append(groups.get(option.group));
    }
    groups.get(option.group).append(item);
  }
  if (keep !== undefined) {
    const wanted = (Array.isArray(keep) ? keep : [keep]).map(x => JSON.stringify(x));
    for (const option of select.options) option.selected = wanted.includes(option.value);
  }
}
