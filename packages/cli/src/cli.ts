// The acme-auth bin: tsup adds the shebang.
import { main } from './main.js';

process.exitCode = await main(process.argv);
