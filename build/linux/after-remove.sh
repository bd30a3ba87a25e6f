#!/bin/bash

# Delete the link to the binary
# update-alternatives --remove <name> <path>: 'path' must be the registered alternative binary,
# not the generic symlink — see https://man7.org/linux/man-pages/man1/update-alternatives.1.html
if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove '${executable}' '/opt/${sanitizedProductName}/${executable}'
else
    rm -f '/usr/bin/${executable}'
fi

APPARMOR_PROFILE_DEST='/etc/apparmor.d/${executable}'

# Remove and unload apparmor profile.
if [ -f "$APPARMOR_PROFILE_DEST" ]; then
  # Unload the profile from the running kernel before deleting the file so the
  # policy is not left enforced until the next reboot.  Mirror the chroot guard
  # used in the after-install script — live AppArmor operations are not
  # meaningful inside a chroot.
  # https://wiki.debian.org/AppArmor/HowToUse
  if apparmor_status --enabled > /dev/null 2>&1; then
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --remove "$APPARMOR_PROFILE_DEST" || true
    fi
  fi
  rm -f "$APPARMOR_PROFILE_DEST"
fi
# --- Identity Service Console (above: electron-builder's default after-remove, kept verbatim) ---
# On removal (not on an upgrade, which installs the unit again), stop the gateway instances and
# remove the unit the after-install script installed.
case "$1" in
  remove|purge)
    if [ -d /run/systemd/system ]; then
      systemctl stop 'idsvc@*.service' || true
    fi
    # What `systemctl disable idsvc@<account>` removes, for every account it was enabled for.
    for link in /etc/systemd/system/*.wants/idsvc@?*.service; do
      if [ -L "$link" ]; then rm -f "$link"; fi
    done
    rm -f /lib/systemd/system/idsvc@.service
    if [ -d /run/systemd/system ]; then
      systemctl daemon-reload || true
    fi
    ;;
esac
