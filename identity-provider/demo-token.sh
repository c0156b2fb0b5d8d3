#!/usr/bin/env bash
# Prints an access token for a demo staff member of the local stack, e.g.
#   TOKEN=$(identity-provider/demo-token.sh officer)
#   curl -H "Authorization: Bearer $TOKEN" localhost:8080/api/v1/...
#
# It signs in exactly as a browser would, through the provider's authorization-code flow with PKCE (OAuth 2.1
# has no password grant): ask for a code as the public client demo-cli, get sent to the sign-in page, post the
# user's name and password with the page's CSRF token, follow the redirect to the loopback callback (nothing
# listens there: the code is read from the redirect), then exchange the code and the PKCE verifier for tokens.
# The provider grants this script nothing a browser would not get. Needs curl and openssl.
#
# usage: demo-token.sh <user> [password]    (password: demo)
# env:   IDENTITY_PROVIDER_URL (default http://localhost:9000)
set -euo pipefail

user=${1:?usage: demo-token.sh <user> [password]}
password=${2:-demo}
provider=${IDENTITY_PROVIDER_URL:-http://localhost:9000}
client=demo-cli
redirect=http://127.0.0.1/callback

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier=$(openssl rand 48 | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | base64url)
state=$(openssl rand 16 | base64url)

cookies=$(mktemp)
trap 'rm -f "$cookies"' EXIT
http() { curl -sS --fail -b "$cookies" -c "$cookies" "$@"; }

# 1. Ask for a code: the provider keeps the request in the session and sends us to sign in.
http -o /dev/null -H 'Accept: text/html' \
    "$provider/oauth2/authorize?response_type=code&client_id=$client&scope=openid&redirect_uri=$redirect&state=$state&code_challenge=$challenge&code_challenge_method=S256"

# 2. Sign in with the page's CSRF token; the provider sends us back to the kept authorization request.
csrf=$(http "$provider/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
back=$(http -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$provider/login")
case "$back" in
    *"/oauth2/authorize"*) ;;
    *) echo "demo-token.sh: sign-in refused for '$user' (wrong user or password?)" >&2; exit 1 ;;
esac

# 3. The authorization request again, now signed in: a redirect to the callback carrying the code.
callback=$(http -o /dev/null -w '%{redirect_url}' -H 'Accept: text/html' "$back")
code=$(printf '%s' "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
returned_state=$(printf '%s' "$callback" | sed -n 's/.*[?&]state=\([^&]*\).*/\1/p')
if [ -z "$code" ] || [ "$returned_state" != "$state" ]; then
    echo "demo-token.sh: no authorization code came back ($callback)" >&2
    exit 1
fi

# 4. The code and the verifier for the tokens; print the access token.
http -d grant_type=authorization_code -d client_id=$client -d "code=$code" \
    -d "redirect_uri=$redirect" -d "code_verifier=$verifier" "$provider/oauth2/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
