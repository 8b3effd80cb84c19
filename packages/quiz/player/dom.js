/* Small DOM and text helpers; content only ever reaches the page through textContent and attributes. */
export function el(tag, attrs, text) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
  if (text !== undefined) node.textContent = text;
  return node;
}
export function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
}
export function letter(i) {
  var label = '';
  for (var n = i; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
  return label;
}
export function round(n) { return Math.round(n * 100) / 100; }
