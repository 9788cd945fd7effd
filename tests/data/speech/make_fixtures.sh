#!/bin/sh
# Regenerate the committed speech fixtures in this folder.
# Needs espeak-ng (`apt-get install -y espeak-ng`; a tool for making fixtures only, not a
# dependency of archiver) and the project venv for imageio-ffmpeg's ffmpeg.
# The outputs are committed: tests never run this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
FFMPEG=${FFMPEG:-$("$repo/.venv/bin/python" -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# No metadata, fixed Ogg serial numbers: the same inputs make byte-identical files.
exact="-map_metadata -1 -fflags +bitexact -flags:a +bitexact"

# speak NAME VOICE SPEED TEXT: espeak-ng -> 16 kHz mono Opus in Ogg at 24 kbit/s.
speak() {
    espeak-ng -v "$2" -s "$3" -w "$tmp/$1.wav" "$4"
    "$FFMPEG" -hide_banner -loglevel error -y -i "$tmp/$1.wav" \
        -ac 1 -ar 16000 -c:a libopus -b:a 24k $exact "$here/$1.ogg"
}

speak en_park en-us 150 "The weather today is sunny and warm. Many people are walking in the park, and children are playing near the river."
speak en_factory en-gb 150 "A factory worker wakes up in a small room before a twelve hour night shift. She makes a cup of tea and checks her phone."
speak en_city en-us+f3 150 "In this city we never know which floor we are on. The buildings climb the side of the mountain, and the roads cross over the roofs."
# Mandarin: the cmn-latn-pinyin voice with its female variant. Debian's plain `cmn` voice reads
# the characters' pinyin as English, and Whisper base hears the male voice as Thai.
speak zh_weather cmn-latn-pinyin+f3 130 "今天天气很好。我们一起去公园散步吧。"

# Six seconds of digital silence: no speech at all.
"$FFMPEG" -hide_banner -loglevel error -y -f lavfi -i "anullsrc=r=16000:cl=mono" -t 6 \
    -c:a libopus -b:a 24k $exact "$here/silence.ogg"
