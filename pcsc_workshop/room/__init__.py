"""The room hub: the facilitator's laptop serves the workshop to browsers on the room's Wi-Fi.

Participants with only a browser (a government laptop without the app, a phone, a tablet) join
by scanning a QR code, pick their name, prove it with the code the facilitator handed them, and
then read the curriculum, take knowledge checks, score their delegation's self-assessment,
write their own action plan and answer live polls — all stored at once in the facilitator's
database. Qt-free (an import-linter contract checks it): the desktop window, the headless
`pcsc-workshop room` command and the tests drive the same `RoomHub` (the window in a child
process, through `ProcessHub`).

    access.py     who may join and who a request speaks for (codes, device tokens, CSRF, limits)
    service.py    what a participant may read and write, as plain data (the trust rules)
    web.py        the Starlette app: pages, JSON API, static assets (all served by the app)
    server.py     uvicorn in a background thread; start, address, stop
    hub.py        RoomHub: the room, in one process (headless command, tests)
    process.py    the room in a child process, driven over stdin/stdout (the desktop app)
    discovery.py  mDNS / DNS-SD advertisement so the desktop app finds the room
    joincard.py   the join card: address as a QR code, room code, instructions
    words.py      the web pages' words in en, fr, es, pt, ar
"""
