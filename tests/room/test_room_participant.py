"""A participant with nothing but a browser: join, write the plan, score, quiz, poll."""

from __future__ import annotations

from pcsc_workshop.core.assessment import assessment_for_delegation
from pcsc_workshop.core.models import Participant
from pcsc_workshop.core.plans import plan_for_participant
from pcsc_workshop.core.quiz import list_attempts


def test_join_page_lists_names_without_emails(hub, browser) -> None:
    page = browser.get("/")
    assert page.status == 200
    people = hub.person_codes()
    assert people and all(p.name in page.text for p in people)
    assert "@" not in page.text  # e-mail addresses never leave the facilitator's laptop
    assert 'lang="' in page.text and "<main" in page.text and "<label" in page.text


def test_plan_written_in_the_browser_is_in_the_facilitators_database(hub, joined, store) -> None:
    browser, person = joined
    plan = browser.get("/api/plan").json()
    plan["challenges"] = "تحديات التمويل <b>not bold</b>"
    plan["next_steps"] = [{"action": "Open data portal", "responsible": "IT", "start_date":
                           "2027-03-01", "end_date": "2027-06-30", "status": "planned",
                           "link_ref": "jica.element.data-utilization"}]
    reply = browser.send("PUT", "/api/plan", plan)
    assert reply.status == 200, reply.text
    assert len(reply.json()["next_step_ids"]) == 1
    with store.session() as session:
        doc = plan_for_participant(session, person.participant_id)
    assert doc.challenges == "تحديات التمويل <b>not bold</b>"
    assert doc.next_steps[0].action == "Open data portal"
    assert doc.next_steps[0].start_date.isoformat() == "2027-03-01"
    assert ("plans", doc.id) in hub.changes  # the plan that changed, as Changes name it
    # The page shows the text literally: markup stays text.
    page = browser.get("/plan")
    assert "&lt;b&gt;not bold&lt;/b&gt;" in page.text
    # Saving again with the returned ids does not duplicate the step.
    plan = browser.get("/api/plan").json()
    assert browser.send("PUT", "/api/plan", plan).status == 200
    with store.session() as session:
        assert len(plan_for_participant(session, person.participant_id).next_steps) == 1


def test_delegation_assessment_scored_from_the_browser(hub, joined, store) -> None:
    browser, person = joined
    with store.session() as session:
        delegation_id = session.get(Participant, person.participant_id).delegation_id
    reply = browser.send("POST", "/api/assessment",
                         {"element": "jica.element.data-utilization", "score": 3})
    assert reply.status == 200, reply.text
    reply = browser.send("POST", "/api/assessment",
                         {"element": "jica.element.data-utilization", "evidence": "Portal live"})
    assert reply.status == 200
    with store.session() as session:
        doc = assessment_for_delegation(session, delegation_id)
    assert doc.scores["jica.element.data-utilization"] == 3  # the note did not clear the score
    assert doc.evidence["jica.element.data-utilization"] == "Portal live"
    page = browser.get("/assessment")
    assert page.status == 200 and "jica.element.data-utilization" in page.text


def test_knowledge_check_taken_in_the_browser(hub, joined, store) -> None:
    browser, person = joined
    page = browser.get("/quiz")
    assert page.status == 200
    module = hub.service.quiz_modules("en")[0]
    questions = hub.service.quiz_questions(module["id"], "en")
    quiz_page = browser.get(f"/quiz/{module['id']}/pre")
    assert quiz_page.status == 200 and questions[0]["id"] in quiz_page.text
    answers = {q["id"]: 0 for q in questions}
    with store.session() as session:
        before = len(list_attempts(session, hub.workshop_id, person.participant_id))
    reply = browser.send("POST", "/api/quiz", {"module": module["id"], "phase": "pre",
                                               "answers": answers})
    assert reply.status == 200, reply.text
    assert reply.json()["total"] == len(questions)
    with store.session() as session:
        attempts = list_attempts(session, hub.workshop_id, person.participant_id)
    assert len(attempts) == before + 1
    assert (attempts[-1].module_id, attempts[-1].phase) == (module["id"], "pre")


def test_questions_sent_to_browsers_carry_no_answers(hub, joined) -> None:
    browser, _ = joined
    module = hub.service.quiz_modules("en")[0]
    page = browser.get(f"/quiz/{module['id']}/pre").text
    assert "explanation" not in page and '"answer"' not in page


def test_poll_answered_by_the_room(hub, joined, store) -> None:
    browser, person = joined
    assert browser.get("/api/poll").json() == {"poll": None}
    poll = hub.ask("dots", "Which elements first?", ["Data", "Skills", "Funding", "Policy"], 2)
    seen = browser.get("/api/poll").json()["poll"]
    assert seen["id"] == poll.id and seen["picks"] == 2
    assert browser.send("POST", "/api/poll", {"poll": poll.id, "answer": [0, 2]}).status == 200
    assert browser.send("POST", "/api/poll", {"poll": poll.id, "answer": [0, 1, 2]}).status == 400
    # answering again replaces, never adds a second vote
    assert browser.send("POST", "/api/poll", {"poll": poll.id, "answer": [1]}).status == 200
    results = hub.results(poll.id)
    assert results.respondents == 1
    assert dict(results.counts) == {"Data": 0, "Skills": 1, "Funding": 0, "Policy": 0}


def test_word_cloud_counts_words_case_insensitively(hub, joined) -> None:
    browser, _ = joined
    poll = hub.ask("words", "One word for a people-centred smart city?")
    assert browser.send("POST", "/api/poll", {"poll": poll.id, "answer": ["Inclusion",
                                                                          "Données"]}).status == 200
    results = hub.results(poll.id)
    assert dict(results.counts) == {"Inclusion": 1, "Données": 1}


def test_pages_in_arabic_are_right_to_left(hub, joined) -> None:
    browser, _ = joined
    page = browser.get("/plan?lang=ar")
    assert 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    assert "خطة عملي" in page.text
    # the choice sticks for the next page
    assert 'dir="rtl"' in browser.get("/home").text


def test_curriculum_readable_in_the_browser(hub, joined) -> None:
    browser, _ = joined
    listing = browser.get("/curriculum")
    assert listing.status == 200 and "/curriculum/jica.element.data-utilization" in listing.text
    item = browser.get("/curriculum/jica.element.data-utilization")
    assert item.status == 200 and "<h1 dir=\"auto\">" in item.text


def test_curriculum_in_the_readers_language_with_english_fallback_marked(hub, joined) -> None:
    browser, _ = joined
    fr = browser.get("/curriculum/jica.element.data-utilization?lang=fr")
    curriculum = hub.service.curriculum_for("fr")
    item = curriculum.get("jica.element.data-utilization")
    assert item.name in fr.text  # the French name, from the translation overlay
    assert item.name != hub.service.curriculum_for("en").get(item.id).name
    pt = browser.get("/curriculum/jica.element.data-utilization?lang=pt")
    missing = hub.service.curriculum_for("pt").missing_fields(
        hub.service.curriculum_for("pt").get(item.id))
    if missing:  # a field not yet translated says so, in the reader's language
        assert "(em inglês: ainda não traduzido)" in pt.text
