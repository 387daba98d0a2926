// html-validate: configuration of the HTML gate (tests/support/gates/html.ts, tests/dist/quality-gates.test.ts).
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // <ul role="list"> is deliberate: Safari/VoiceOver drops the list semantics of lists styled with
    // `list-style: none` unless the role is stated again.
    'no-redundant-role': 'off',
  },
};
