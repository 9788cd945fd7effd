#!/bin/sh
# Regenerate the demo clips (committed; the demo never runs this).
# Needs espeak-ng (apt-get install espeak-ng; for making these files only) and the
# project venv for imageio-ffmpeg's ffmpeg.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
FFMPEG=${FFMPEG:-$("$here/../../.venv/bin/python" -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# clip NAME VOICE COLOUR TEXT: spoken words over a plain coloured picture, H.264 + AAC.
clip() {
    espeak-ng -v "$2" -s 145 -w "$tmp/$1.wav" "$4"
    "$FFMPEG" -hide_banner -loglevel error -y -i "$tmp/$1.wav" \
        -f lavfi -i "color=c=$3:size=180x320:rate=10" -shortest \
        -c:v libx264 -preset veryslow -crf 40 -pix_fmt yuv420p \
        -c:a aac -b:a 48k -ac 1 -ar 22050 -map_metadata -1 "$here/$1.mp4"
}

clip which-floor en-us "0x334455" "In Chongqing we never know which floor we are on. It looks like a normal square, but if we walk to the edge, we are on the twenty second floor."
clip sunlight en-gb-x-rp "0x777788" "Sunlight is a luxury in this city. The fog covers Chongqing for more than one hundred days every year."
clip night-shift en-us+m3 "0x223322" "I wake up in the dorm before my night shift. The shift in the electronics factory lasts twelve hours, and I leave my phone in the locker."
clip robots en-gb+f2 "0x553333" "Look at these white inspection robots. They patrol the railway power station on their own."
