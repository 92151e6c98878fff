# Sourced by the render scripts: compares one shot with its reference, or with
# KIOSK_UPDATE_REFERENCES=1 makes the shot the reference.
#   check_shot COMPARE OUT_DIR REFERENCE_DIR NAME    (sets failed=1 on a difference)
check_shot() {
  local compare=$1 out=$2 references=$3 name=$4 result
  if [ "${KIOSK_UPDATE_REFERENCES:-0}" = 1 ]; then
    cp "$out/$name" "$references/$name"
    return 0
  fi
  if [ ! -f "$references/$name" ]; then echo "$name: no reference"; failed=1; return 0; fi
  if ! result=$("$compare" "$out/$name" "$references/$name" --diff "$out/${name%.png}-diff.png"); then
    echo "$name: $result"; failed=1
  fi
}
