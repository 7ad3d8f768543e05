#!/bin/bash
# usage: time.sh port [runs]  — prints median/min ms per word (after one warm-up)
port=$1; runs=${2:-7}
for w in zephyrine lantern quixotry; do
  curl -s -o /dev/null -m 120 -H "Authorization: Bearer x" "http://127.0.0.1:$port/search?q=$w"
  ts=()
  for i in $(seq $runs); do
    t=$(curl -s -o /dev/null -m 120 -w "%{time_total}" -H "Authorization: Bearer x" "http://127.0.0.1:$port/search?q=$w")
    ts+=($(echo "$t*1000" | bc))
  done
  sorted=$(printf "%s\n" "${ts[@]}" | sort -n)
  echo "$w: median $(echo "$sorted" | sed -n "$(( (runs+1)/2 ))p") ms, min $(echo "$sorted" | head -1) ms"
done
