"""The hub is a server on a shared Wi-Fi: attack it from 127.0.0.1 as a room full of
curious (or hostile) devices would."""

from __future__ import annotations

import json

from pcsc_workshop.core.models import Participant
from pcsc_workshop.core.plans import plan_for_participant, save_plan
from tests.room.conftest import Browser


def _other_person(hub, person):
    return next(p for p in hub.person_codes() if p.participant_id != person.participant_id)


def test_wrong_codes_are_refused_and_give_no_access(hub, browser) -> None:
    person = hub.person_codes()[0]
    wrong = "000000" if person.code != "000000" else "111111"
    assert browser.join(person.participant_id, wrong, hub.room_code).status == 403
    assert browser.join(person.participant_id, person.code, "WRONG1").status == 403
    assert browser.join("not-a-person", person.code, hub.room_code).status == 403
    assert "pcsc_device" not in browser.cookies
    assert browser.get("/api/plan").status == 401
    assert browser.get("/plan").status == 303  # back to the join page


def test_guessing_codes_is_rate_limited(hub) -> None:
    person = hub.person_codes()[0]
    statuses = []
    b = Browser("127.0.0.1", hub.server.port)
    for guess in range(12):
        statuses.append(b.join(person.participant_id, f"{guess:06d}", hub.room_code).status)
    assert 429 in statuses  # locked after 5 wrong codes for this person, or 10 tries a minute
    # even the right code is refused while locked
    assert b.join(person.participant_id, person.code, hub.room_code).status == 429


def test_a_device_cannot_touch_another_persons_plan(hub, joined, store) -> None:
    browser, person = joined
    other = _other_person(hub, person)
    with store.session() as session:
        theirs = plan_for_participant(session, other.participant_id)
        theirs.challenges = "Their own words"
        from pcsc_workshop.core.plans import NextStepRow

        theirs.next_steps = [NextStepRow(action="Their step")]
        save_plan(session, theirs)
        their_step_id = theirs.next_steps[0].id
    # forge: send the other person's step id inside my own plan
    mine = browser.get("/api/plan").json()
    mine["next_steps"] = [{"id": their_step_id, "action": "Hijacked"}]
    reply = browser.send("PUT", "/api/plan", mine)
    assert reply.status == 200
    assert reply.json()["next_step_ids"][0] != their_step_id
    with store.session() as session:
        after = plan_for_participant(session, other.participant_id)
    assert after.challenges == "Their own words"
    assert [s.action for s in after.next_steps] == ["Their step"]
    # and the API has no way to name another person: the device speaks only for itself
    assert browser.get(f"/api/plan?participant={other.participant_id}").json()["owner_id"] \
        == person.participant_id


def test_writes_need_the_csrf_token(hub, joined) -> None:
    browser, _ = joined
    plan = browser.get("/api/plan").json()
    assert browser.send("PUT", "/api/plan", plan, csrf="").status == 403
    assert browser.send("PUT", "/api/plan", plan, csrf="forged-token").status == 403


def test_cross_origin_writes_are_refused(hub, joined) -> None:
    browser, _ = joined
    reply = browser.request("PUT", "/api/plan", b"{}", {
        "Content-Type": "application/json", "X-CSRF-Token": browser.csrf,
        "Origin": "http://evil.example"})
    assert reply.status == 403


def test_removed_device_token_cannot_be_replayed(hub, joined) -> None:
    browser, person = joined
    token = browser.cookies["pcsc_device"]
    device = next(d for d in hub.devices() if d.participant_id == person.participant_id)
    assert hub.remove_device(device.id)
    replay = Browser("127.0.0.1", hub.server.port, cookies={"pcsc_device": token},
                     csrf=browser.csrf)
    assert replay.get("/api/plan").status == 401
    assert replay.send("PUT", "/api/plan", {}).status == 401


def test_oversized_and_malformed_bodies(hub, joined) -> None:
    browser, _ = joined
    huge = b"{" + b" " * (3 * 1024 * 1024) + b"}"
    reply = browser.request("PUT", "/api/plan", huge, {"Content-Type": "application/json",
                                                       "X-CSRF-Token": browser.csrf})
    assert reply.status == 413
    for body in (b"{not json", b"\xff\xfe", b"[]", b'"text"', b'{"next_steps": "x"}',
                 json.dumps({"challenges": 12}).encode(),
                 json.dumps({"next_steps": [{"start_date": "2027-02-30"}]}).encode(),
                 json.dumps({"next_steps": [{"start_date": "0001-01-01"}]}).encode(),
                 json.dumps({"next_steps": [{"link_ref": "x" * 500}]}).encode(),
                 json.dumps({"challenges": "a\x00b"}).encode(),
                 json.dumps({"challenges": "x" * 50_001}).encode(),
                 json.dumps({"next_steps": [{}] * 501}).encode(),
                 b"[" * 100_000):
        reply = browser.request("PUT", "/api/plan", body, {"Content-Type": "application/json",
                                                           "X-CSRF-Token": browser.csrf})
        assert reply.status == 400, (body[:40], reply.status, reply.text)
        assert "error" in reply.json()
    for bad in ({"element": "jica.element.nope", "score": 2},
                {"element": "jica.element.data-utilization", "score": 5},
                {"element": "jica.element.data-utilization", "score": True},
                {"element": ["x"]}):
        assert browser.send("POST", "/api/assessment", bad).status == 400


def test_no_listing_no_traversal_no_debug(hub, browser) -> None:
    for path in ("/static/", "/static/..%2f..%2fweb.py", "/static/../web.py",
                 "/static/%2e%2e/access.py", "/templates/base.html", "/.git/config",
                 "/curriculum/../../etc/passwd"):
        reply = browser.get(path)
        assert reply.status in (303, 404), (path, reply.status)
        assert b"import" not in reply.body and b"Traceback" not in reply.body
    assert browser.get("/static/room.js").status == 200
    reply = browser.request("DELETE", "/api/plan")
    assert reply.status == 405 and b"Traceback" not in reply.body


def test_unknown_host_names_are_refused(hub, browser) -> None:
    reply = browser.get("/", headers={"Host": "attacker.example:80"})
    assert reply.status == 421


def test_every_page_sends_a_strict_content_security_policy(hub, browser) -> None:
    reply = browser.get("/")
    assert "script-src 'self'" in reply.headers["content-security-policy"]
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in reply.text  # no inline script anywhere


def test_hostile_names_are_shown_as_text(hub, browser, store) -> None:
    with store.session() as session:
        person = session.get(Participant, hub.person_codes()[0].participant_id)
        person.name = '<img src="/dev/zero" onerror=alert(1)>JICA'
    page = browser.get("/")
    assert '<img src="/dev/zero"' not in page.text
    assert "&lt;img src=&#34;/dev/zero&#34; onerror=alert(1)&gt;JICA" in page.text


def test_a_deleted_participant_loses_access(hub, joined, store) -> None:
    browser, person = joined
    with store.session() as session:
        session.get(Participant, person.participant_id).deleted = True
    assert browser.get("/api/plan").status in (401, 403)
    hub.access.forget_person(person.participant_id)
    assert browser.get("/api/plan").status == 401
