// Drives Elarian's own JavaScript SDK against the local runtime (over TCP + TLS) and
// prints one JSON line per step, for tests/test_interop_js.py to check.
// Environment: HOST, PORT, ORG, APP, KEY, NOW (the runtime clock, epoch seconds).
const { Elarian } = require('elarian');

const say = (step, data) => process.stdout.write(`${JSON.stringify({ step, ...data })}\n`);
const fail = (err) => { say('error', { message: String((err && err.message) || err) }); process.exit(1); };

const client = new Elarian({ orgId: process.env.ORG, appId: process.env.APP, apiKey: process.env.KEY });
let reminded;
const reminder = new Promise((resolve) => { reminded = resolve; });
let followed;
const followUp = new Promise((resolve) => { followed = resolve; });

client.on('error', fail);
client.on('reminder', (notification, customer, appData, callback) => {
  say('reminder', {
    key: notification.reminder.key,
    payload: notification.reminder.payload,
    remindAt: notification.reminder.remindAt,
    customerId: notification.customerId,
  });
  callback(null, { seenBy: 'javascript' });
  reminded();
});
// The test records an activity once it saw the reminder: the runtime sends the customer's next
// notification only once it took the answer to the one before, so this one proves it did.
client.on('customerActivity', (notification, customer, appData, callback) => {
  say('activity', { key: notification.activity.key, appData });
  callback();
  followed();
});
client.on('connected', async () => {
  try {
    say('connected', {});
    const customer = new client.Customer({ number: '+254700000777', provider: 'cellular' });
    const created = await client._createCustomer(customer.customerNumber);  // eslint-disable-line no-underscore-dangle
    say('created', { status: created.status, customerId: created.customerId });
    await customer.updateMetadata({ name: 'Ann', visits: 3 });
    say('metadata', { metadata: await customer.getMetadata() });
    await customer.updateTags([{ key: 'segment', value: 'gold' }]);
    say('tags', { tags: await customer.getTags() });
    const added = await customer.addReminder({ key: 'pay', remindAt: Number(process.env.NOW) + 5, payload: 'loan 42' });
    say('reminder-added', { status: added.status });
    await reminder;
    await followUp;  // the reminder's answer reached the runtime
    client.disconnect();
    say('done', {});
    process.exit(0);
  } catch (err) { fail(err); }
});
client.connect({ host: process.env.HOST, port: Number(process.env.PORT) });
setTimeout(() => fail(new Error('timed out')), 60000);
