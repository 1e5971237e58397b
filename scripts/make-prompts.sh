#!/usr/bin/env bash
# Makes the shipped prompts in bot/media/prompts/: the spoken prompts with espeak-ng, the music on hold with
# sox. Every file is what Graph plays: RIFF WAV, PCM 16-bit, mono, 16 kHz.
#
# The files are committed; nothing at test or run time needs espeak-ng or sox. Run this only to change a
# prompt (edit its line below), then commit the WAV files it rewrites:
#
#   apt-get install -y espeak-ng sox && bash scripts/make-prompts.sh
#
# Everything here is the project's own: speech synthesised by espeak-ng, music synthesised from sine tones by
# sox. Output is repeatable (sox -R seeds its dither), so an unchanged line gives an unchanged file.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out="${OUT:-$here/bot/media/prompts}"
voice="${VOICE:-en-us}" # espeak-ng's own American English voice: plain, and clear on a phone line
rate="${RATE:-155}"     # words per minute; espeak-ng's default is 175, a contact center wants calm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in espeak-ng sox awk; do
  command -v "$tool" >/dev/null || { echo "make-prompts: $tool is missing (apt-get install -y espeak-ng sox)" >&2; exit 1; }
done
mkdir -p "$out"
rm -f "$out"/*.wav

# What Graph plays: 16 kHz, mono, signed 16-bit PCM.
graph_format=(-r 16000 -c 1 -b 16 -e signed-integer)

# say NAME LEAD TAIL TEXT: speaks TEXT, trims espeak's silence at both ends and shortens its pauses between
# sentences to 0.35 s, sets the level (peaks at -3 dBFS), and pads LEAD and TAIL seconds of silence so
# prompts played one after another neither run together nor drag.
say() {
  local name=$1 lead=$2 tail=$3 text=$4
  espeak-ng -v "$voice" -s "$rate" -w "$work/$name.raw.wav" "$text"
  sox -R "$work/$name.raw.wav" "${graph_format[@]}" "$out/$name.wav" \
    highpass 70 \
    silence -l 1 0.02 0.2% -1 0.35 0.2% reverse silence 1 0.02 0.2% reverse \
    rate -v 16000 gain -n -3 pad "$lead" "$tail"
}

# A whole sentence: a breath before, a pause after.
sentence() { say "$1" 0.1 0.3 "$2"; }
# A piece of a sentence built from clips ("You are caller number" + "forty" + "seven" + "in line"): tight
# gaps. A trailing comma in the text keeps espeak's pitch level, as mid-sentence, rather than falling.
clip() { say "$1" 0.04 0.08 "$2"; }

# --- Greeting, menu, closed --------------------------------------------------------------------------------
sentence welcome 'Thank you for calling. This call may be recorded.'
sentence main-menu 'For sales, press 1. For support, press 2. To hear this again, press star.'
sentence invalid-choice 'Sorry, that is not a valid choice.'
sentence no-input 'Sorry, we did not hear your choice.'
sentence goodbye 'Thank you for calling. Goodbye.'
sentence closed 'Our office is closed. Please call again during business hours.'
sentence holiday 'Our office is closed for the holiday. Please call again on the next business day.'

# --- Queue ---------------------------------------------------------------------------------------------------
sentence transferring 'Please hold while we connect you.'
sentence all-agents-busy 'All of our agents are busy. Please stay on the line.'
sentence queue-full 'We are sorry, all of our lines are busy. Please call again later.'
sentence max-wait 'We are sorry, no one could take your call. Please try again later.'
sentence leave-message 'We are sorry, no one can take your call right now. You can leave a message.'
# Queue names, for the agent's whisper ("Incoming call for" + "Sales") and the demo's namePrompt.
clip queue-sales 'Sales.'
clip queue-support 'Support.'

# --- Announcements (src/calls/announcement.ts puts these together) ----------------------------------------
sentence position-next 'You are next in line.'
clip position-you-are 'You are caller number,'
clip position-in-line 'in line.'
sentence position-many-ahead 'There are many callers ahead of you. Thank you for your patience.'
clip wait-about 'Your estimated wait is about,'
clip wait-minutes 'minutes.'
clip wait-minute 'minute.'
sentence wait-less-than-a-minute 'Your estimated wait is less than a minute.'
sentence wait-more-than-an-hour 'Your estimated wait is more than an hour.'

# Numbers: 0-20, the tens, and "hundred" say every whole number from 0 to 999.
words=(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty)
for n in "${!words[@]}"; do clip "number-$n" "${words[$n]},"; done
tens=([3]=thirty [4]=forty [5]=fifty [6]=sixty [7]=seventy [8]=eighty [9]=ninety)
for t in "${!tens[@]}"; do clip "number-${t}0" "${tens[$t]},"; done
clip number-hundred 'hundred,'

# --- Callback (issue 4) ---------------------------------------------------------------------------------------
sentence callback-offer 'To be called back without losing your place, press 1.'
sentence callback-confirm-number 'We will call you back at the number you called from. To confirm, press 1. To enter another number, press 2.'
sentence callback-enter-number 'Please enter the number to call you back on, including the area code, then press pound.'
sentence callback-invalid-number 'Sorry, that number is not valid.'
sentence callback-confirmed 'Thank you. You keep your place in line, and we will call you back when it is your turn. You can hang up now.'
sentence callback-greeting 'Hello, this is the call back you asked for. Press 1 to be connected to an agent.'

# --- Voicemail (issue 4) --------------------------------------------------------------------------------------
sentence voicemail-offer 'To leave a message, press 2.'
sentence voicemail-record 'Please leave your message after the tone. Press pound when you are done.'
sentence voicemail-thanks 'Thank you. Your message has been recorded. Goodbye.'

# --- Whisper to the agent before an announced transfer (issue 4) ------------------------------------------
clip whisper-queue 'Incoming call for,'
clip whisper-waited 'Waited,'
clip whisper-waited-under-a-minute 'Waited less than a minute.'
clip whisper-call-from 'Call from,'
clip whisper-vip 'V.I.P. caller.'
sentence whisper-press-1 'Press 1 to accept this call.'

# --- Music on hold ----------------------------------------------------------------------------------------
# An original piece of sine tones: eight chords at 3 s each (24 s), a soft bass and a slow bell-like tune.
# It loops seamlessly: every note sounds within one period, a note that rings past the end is folded back onto
# the start, and the reverb runs over two periods of which the second is kept, so the end flows into the start.
# Every partial stays below 1,100 Hz, well clear of DTMF's high group (1,209-1,633 Hz), so the music can never
# be heard as a key press.
chord_seconds=3
chords=(
  '48|60 64 67 71' # Cmaj7
  '45|57 60 64 67' # Am7
  '41|53 57 60 64' # Fmaj7
  '43|55 59 62 64' # G6
  '40|52 55 59 62' # Em7
  '45|57 60 64 67' # Am7
  '50|53 57 60 62' # Dm7
  '43|55 60 62 65' # G7sus4, back to Cmaj7
)
# The tune: one MIDI note or '-' per beat, four beats a chord.
tune='76 - 79 - 81 - 79 76 77 - 76 72 74 - - - 71 - 74 - 76 - 72 - 74 - 77 76 74 - 72 -'

hz() { awk -v m="$1" 'BEGIN { printf "%.3f", 440 * 2 ^ ((m - 69) / 12) }'; }
at() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a * b }'; }
float_format=(-r 16000 -c 1 -e floating-point -b 32)
period=$(at "${#chords[@]}" "$chord_seconds")
beat=$(at "$chord_seconds" 0.25)
overlap=1.2
parts=()

for i in "${!chords[@]}"; do
  IFS='|' read -r bass notes <<<"${chords[$i]}"
  start=$(at "$i" "$chord_seconds")
  length=$(awk -v c="$chord_seconds" -v o="$overlap" 'BEGIN { print c + o }')
  # The pad: the chord's four notes, swelling in and out over its neighbours.
  tones=()
  for m in $notes; do
    if [ ${#tones[@]} -eq 0 ]; then tones+=(sine "$(hz "$m")"); else tones+=(sine mix "$(hz "$m")"); fi
  done
  sox -n "${float_format[@]}" "$work/pad-$i.wav" synth "$length" "${tones[@]}" \
    fade h "$overlap" "$length" "$overlap" vol 0.5 pad "$start"
  parts+=("$work/pad-$i.wav")
  # The bass: root and octave, softer.
  sox -n "${float_format[@]}" "$work/bass-$i.wav" synth "$length" sine "$(hz "$bass")" sine mix "$(hz $((bass + 12)))" \
    fade h 0.6 "$length" "$overlap" vol 0.35 pad "$start"
  parts+=("$work/bass-$i.wav")
done

beat_index=0
for m in $tune; do
  if [ "$m" != - ]; then
    start=$(at "$beat_index" "$beat")
    # A bell-like note: a quick attack and a long, soft decay.
    sox -n "${float_format[@]}" "$work/note-$beat_index.wav" synth 2.4 sine "$(hz "$m")" \
      fade h 0.015 2.4 2.3 vol 0.3 pad "$start"
    parts+=("$work/note-$beat_index.wav")
  fi
  beat_index=$((beat_index + 1))
done

# Mix (sox -m scales each input by 1/n; the level is set at the end), then fold what rings past the period
# back onto its start.
sox -m "${parts[@]}" "$work/mixed.wav"
sox "$work/mixed.wav" "$work/head.wav" trim 0 "$period"
sox "$work/mixed.wav" "$work/tail.wav" trim "$period"
sox -m -v 1 "$work/head.wav" -v 1 "$work/tail.wav" "$work/folded.wav"
# Two periods through the reverb; keep the second, whose start already carries the first one's tail.
sox "$work/folded.wav" "$work/folded.wav" "$work/twice.wav"
sox -R "$work/twice.wav" "${graph_format[@]}" "$out/music-on-hold.wav" \
  reverb 40 50 70 lowpass 1100 trim "$period" gain -n -14

count=$(find "$out" -name '*.wav' | wc -l)
size=$(du -ch "$out"/*.wav | tail -n 1 | cut -f 1)
echo "make-prompts: $count prompts, $size, in $out"
