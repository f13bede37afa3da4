// Stake from an account script: balances, as exact decimals, from a pasted "Copy as cURL".
//
//   pbpaste | node examples/account.mjs        (or: node examples/account.mjs request.txt)
//
// Without a curl it reads STAKE_ACCESS_TOKEN (and STAKE_BASE_URL) from the environment.
// The token is printed masked only: it is full access to the account.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { formatAmount, StakeAuth, StakeClient } from '@acme/stake-client';

const file = process.argv[2];
const pasted =
  file !== undefined
    ? await readFile(file, 'utf8')
    : process.stdin.isTTY
      ? ''
      : await text(process.stdin);
const auth =
  pasted.trim() !== ''
    ? StakeAuth.fromCurl(pasted) // token, session cookie, cf_clearance, user agent and site
    : new StakeAuth({
        accessToken: process.env.STAKE_ACCESS_TOKEN ?? '',
        ...(process.env.STAKE_BASE_URL === undefined
          ? {}
          : { baseUrl: process.env.STAKE_BASE_URL }),
      });
const local = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(auth.baseUrl);
const stake = new StakeClient({ auth, allowInsecureHttp: local }); // http:// for local tests only

console.log(`account on ${auth.baseUrl}, token ${(await auth.getCredential()).accessToken}`);
const { available, vault } = await stake.getUserBalances();
for (const [currency, amount] of Object.entries(available)) {
  console.log(
    `  ${formatAmount(amount, currency).padStart(28)}  (vault ${formatAmount(vault[currency] ?? '0', currency)})`,
  );
}
stake.close();
