// html-validate: configuration of the HTML gate (scripts/gates/html.ts, tests/e2e/quality-gates.spec.ts).
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // <ul role="list"> is deliberate: Safari/VoiceOver drops the list semantics of lists styled with
    // `list-style: none` unless the role is stated again.
    'no-redundant-role': 'off',
  },
};
