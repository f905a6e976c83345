# Sourced by the other scripts: makes `pnpm` (version from package.json) available,
# installing it when the machine has none. Corepack is not used: it fails on the registry's signatures here.
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION ..."
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || {
    # No write access to the global prefix: install it for this user instead.
    export NPM_CONFIG_PREFIX="$HOME/.local"
    export PATH="$HOME/.local/bin:$PATH"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  }
fi
