const { stopAll } = require('./global-setup');

module.exports = async function globalTeardown() {
  const state = globalThis.__KRUISPUNT_WEB__;
  if (state) await stopAll(state);
};
