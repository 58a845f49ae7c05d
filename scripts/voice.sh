# Sourced by ./zapcut and ./run-tests: the offline voice is Debian's Festival with the HTS voice
# cmu_us_slt_arctic_hts (docs/decisions.md, "A voice"). Installs them when missing and this runs as root;
# otherwise says how, and generation fails with the same words when an ad asks for a voice.
zapcut_voice_ready() { command -v festival >/dev/null 2>&1 && [ -d /usr/share/festival/voices/us/cmu_us_slt_arctic_hts ]; }
if ! zapcut_voice_ready; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "zapcut: installing the offline voice (Debian's festival and festvox-us-slt-hts)..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends festival festvox-us-slt-hts) >&2 \
      || echo "zapcut: could not install the offline voice; ads will need ZAPCUT_VOICE_PROVIDER=none" >&2
  else
    echo "zapcut: the offline voice is missing: sudo apt-get install -y festival festvox-us-slt-hts (or ZAPCUT_VOICE_PROVIDER=none)" >&2
  fi
fi
