#!/bin/sh
# Generates configure and the Makefile templates from a git checkout.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
cd "$(dirname "$0")"
mkdir -p build-aux m4
autopoint --force
autoreconf --force --install
cp -f "$(automake --print-libdir)/tap-driver.sh" build-aux/tap-driver.sh
