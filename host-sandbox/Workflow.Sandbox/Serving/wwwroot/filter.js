// The x-ui widget "filter": an object input whose properties are operators ({"one_of": [...], "gte": "..."}), one
// control per operator. An array operator is a multiselect, a string one a dropdown; their options are the operator's
// items.enum / enum (labelled by enumLabels) or, with dynamicOptions, the options the form loads into `selects`.
import { el } from './api.js';
import { fillOptions } from './widgets.js';

const slug = name => name.replace(/[^A-Za-z0-9_-]/g, '_');

export function filter(id, input, schema) {
  const control = el('div', { id, className: 'filter', role: 'group', tabIndex: -1 });
  const parts = [];
  for (const [operator, operand] of Object.entries(schema?.properties ?? {})) {
    const multiple = operand?.type === 'array';
    const values = multiple ? operand.items?.enum : operand?.enum;
    const partId = `${id}-${slug(operator)}`;
    const label = input.operator_labels?.[operator] ?? operator;
    const select = el('select', { id: partId, multiple });
    if (!input.dynamic_options) {
      fillOptions(select, (values ?? []).map(v => ({ value: v, label: input.enum_labels?.[v] ?? String(v) })), { placeholder: input.placeholder ?? '—' });
    }
    select.dataset.placeholder = input.placeholder ?? '—';
    parts.push({ operator, select });
    control.append(el('div', { className: 'operator' }, el('label', { htmlFor: partId }, label), select));
  }

  const chosen = select => [...select.selectedOptions].filter(o => o.value !== '').map(o => JSON.parse(o.value));
  const read = () => {
    const value = {};
    for (const { operator, select } of parts) {
      const picked = chosen(select);
      if (picked.length) value[operator] = select.multiple ? picked : picked[0];
    }
    return Object.keys(value).length ? value : undefined;
  };
  const write = value => {
    for (const { operator, select } of parts) {
      const wanted = [value?.[operator]].flat().filter(v => v !== undefined).map(v => JSON.stringify(v));
      for (const option of select.options) option.selected = wanted.includes(option.value);
    }
  };
  return { control, read, write, check: () => null, selects: parts.map(p => p.select) };
}
