// Creates an admin account (how a production install gets its first user; demo mode has its own accounts).
// Usage: pnpm --filter @cchc/api create-admin --email admin@example.org --password '…'
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../orm.js';
import { createUser } from '../modules/user/user.service.js';

const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } });
if (!values.email || !values.password) {
  console.error('Usage: create-admin --email <email> --password <password (at least 8 characters)>');
  process.exit(2);
}
const config = loadConfig();
const orm = await openOrm(config.database);
try {
  await migrate(orm);
  const user = await createUser(orm.em.fork(), { email: values.email, password: values.password, role: 'ADMIN' });
  if (!user) {
    console.error(`A user with e-mail ${values.email} already exists; nothing changed.`);
    process.exitCode = 1;
  } else {
    console.log(`Created admin ${user.email} (id ${user.id}).`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await orm.close(true);
}
