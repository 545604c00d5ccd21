// Elarian's own JavaScript SDK as an app that messages and takes payments through the local
// runtime (over TCP + TLS); tests/test_interop_js.py plays the customer with our Simulator.
// Prints one JSON line per step. Environment: HOST, PORT, ORG, APP, KEY, PURSE.
const { Elarian } = require('elarian');

const say = (step, data) => process.stdout.write(`${JSON.stringify({ step, ...data })}\n`);
const fail = (err) => { say('error', { message: String((err && err.message) || err) }); process.exit(1); };

const client = new Elarian({ orgId: process.env.ORG, appId: process.env.APP, apiKey: process.env.KEY });
const number = { number: '+254700000778', provider: 'cellular' };

client.on('error', fail);
client.on('receivedSms', (notification, customer, appData, callback) => {
  say('received', { text: notification.text, customerId: notification.customerId });
  callback({ body: { text: `We got: ${notification.text}` } }, appData);
  client.initiatePayment(
    { customerNumber: number, channelNumber: { number: '83044', channel: 'cellular' } },
    { purseId: process.env.PURSE },
    { currencyCode: 'KES', amount: 42 },
    'interop checkout',
  ).then((reply) => say('checkout', { status: reply.status, transactionId: reply.transactionId }), fail);
});
client.on('paymentStatus', (notification, customer, appData, callback) => {
  say('payment-status', { status: notification.status, transactionId: notification.transactionId });
  callback(null, appData);
});
// The test records an activity once it saw the payment status: the runtime sends the customer's
// next notification only once it took the answer to the one before, so this one proves it did.
client.on('customerActivity', (notification, customer, appData, callback) => {
  callback();
  client.disconnect();
  say('done', {});
  process.exit(0);
});
client.on('connected', async () => {
  try {
    say('connected', {});
    const customer = new client.Customer(number);
    const sent = await customer.sendMessage({ number: '83044', channel: 'sms' }, { body: { text: 'Hello from JavaScript' } });
    say('sent', { status: sent.status, messageId: sent.messageId });
  } catch (err) { fail(err); }
});
client.connect({ host: process.env.HOST, port: Number(process.env.PORT) });
setTimeout(() => fail(new Error('timed out')), 60000);
