"""Defensive limits for reading `.pcsc` files (documented in docs/exchange-format.md).

Why these numbers: a real plan bundle is a few kilobytes and a workshop pack well under a
megabyte; every limit is far above that and far below what could hurt a laptop.
"""

FORMAT_NAME = "pcsc-exchange"
# 2: files are signed (manifest.sig, `signing_key`); version 1 files were not and are refused.
FORMAT_VERSION = 2
UNSIGNED_VERSION = 1
KIND_PACK = "workshop-pack"
KIND_BUNDLE = "plan-bundle"

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"  # hex Ed25519 signature of manifest.json's exact bytes
MAX_SIGNATURE_BYTES = 1024
PAYLOAD_NAMES = {KIND_PACK: "workshop.json", KIND_BUNDLE: "bundle.json"}

MAX_FILE_BYTES = 32 * 1024 * 1024  # the .pcsc file itself
MAX_ENTRIES = 16  # entries in the zip
MAX_MANIFEST_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 64 * 1024 * 1024  # one payload, uncompressed
MAX_TOTAL_BYTES = 96 * 1024 * 1024  # all entries, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, checked for entries over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_NAME_CHARS = 200  # entry names

# Field limits: match the database columns; long texts match plans.MAX_FIELD_CHARS.
TEXT = 50_000
SHORT = 300
MAX_JSON_VALUE_BYTES = 64 * 1024  # free-form JSON fields (local item data, quiz answers)
