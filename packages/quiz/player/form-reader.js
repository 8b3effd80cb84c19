/* Reads the learner's answers from the form's controls by name. */
export function formReader(form) {
  function field(name) { return form.elements.namedItem(name); }
  return {
    /* The indexes of the checked choices of question q. */
    checked: function (q) {
      return Array.prototype.filter.call(form.querySelectorAll('input[name="' + q + '"]'), function (input) {
        return input.checked;
      }).map(function (input) { return Number(input.value); });
    },
    /* The value of one named control ('' when there is none). */
    value: function (name) { var f = field(name); return f ? f.value : ''; },
  };
}
