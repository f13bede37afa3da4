// @stackframe/js 2.8.108 reads `risk_scores.sign_up` from every user object (server-app-impl.js:
// `crud.risk_scores.sign_up.bot`), a field the local Stack server (@acme/testing) does not send
// yet. This wrapper overrides `json()` on the answer (the SDK reads bodies with `json()`) to add
// a neutral value to user objects. No new Response and no second parse, so it costs a closure
// per call; the bench also times raw fetch with and without it to show that.

const NEUTRAL_RISK_SCORES = { sign_up: { bot: 0, free_trial_abuse: 0 } };

function patchUser(value) {
  if (
    value !== null &&
    typeof value === 'object' &&
    'primary_email' in value &&
    !('risk_scores' in value)
  ) {
    value.risk_scores = NEUTRAL_RISK_SCORES;
  }
}

function patchBody(body) {
  if (Array.isArray(body?.items)) body.items.forEach(patchUser);
  else patchUser(body);
  return body;
}

/** Wraps a fetch so JSON user objects (single, or `items` of a page) get `risk_scores`. */
export function stackframeCompatFetch(baseFetch) {
  return async function compatFetch(input, init) {
    const response = await baseFetch(input, init);
    const json = response.json.bind(response);
    response.json = async () => patchBody(await json());
    return response;
  };
}
