# Sourced by the other scripts: makes `pnpm` (version from package.json) available,
# installing it when the machine has none. Corepack is not used: it fails on the registry's signatures here.
# The version the repository pins, read from its root package.json wherever this is sourced from
# (from a package folder, ./package.json has no packageManager: that once installed the latest pnpm).
PNPM_VERSION="$(node -p "require('$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/package.json').packageManager.split('@')[1]")"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION ..."
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || {
    # No write access to the global prefix: install it for this user instead.
    export NPM_CONFIG_PREFIX="$HOME/.local"
    export PATH="$HOME/.local/bin:$PATH"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  }
fi
