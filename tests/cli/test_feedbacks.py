"""`wbseller feedbacks` over HTTP against the emulator: list the unanswered ones (CSV with a `text`
column to fill, --json), answer from that file or JSON lines, --dry-run, and --failed FILE (the
rows WB refused, which the same command takes back)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.feedbacks import FeedbacksStore

from .conftest import Run

FEEDBACKS = ["feedbacks"]


@pytest.fixture
def fwb(wb: Run, emu: Emulator) -> Run:
    token = emu.make_token(FEEDBACKS)

    def run(*args: str) -> object:
        return wb(*args, token=token)

    return run  # type: ignore[return-value]


def store(emu: Emulator) -> FeedbacksStore:
    return emu.state.default.store(FeedbacksStore)


def test_list_unanswered_then_answer_the_file(fwb: Run, emu: Emulator, tmp_path: Path) -> None:
    ids = store(emu).seed_feedbacks(4, answered_every=4)  # 3 unanswered
    out = tmp_path / "todo.csv"
    result = fwb("feedbacks", "list", "--unanswered", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["id"] for r in rows) == sorted(ids[:3]) and all(r["text"] == "" for r in rows)
    assert all(r["feedback"] and r["nmID"] for r in rows)
    # answer two of them, leave one empty (skipped)
    rows[0]["text"], rows[1]["text"] = "Спасибо за отзыв!", "Рады, что подошло."
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = fwb("feedbacks", "answer", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"answered": 2, "failed": 0, "skipped": 1}
    assert store(emu).feedback(rows[0]["id"]).answer.text == "Спасибо за отзыв!"
    listed = fwb("feedbacks", "list", "--unanswered", "--json")
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == [rows[2]["id"]]


def test_answer_failed_rows_go_to_a_file_taken_back(fwb: Run, emu: Emulator, tmp_path: Path) -> None:
    [good, done] = store(emu).seed_feedbacks(2, answered_every=2)
    src = tmp_path / "answers.jsonl"
    lines = [
        {"id": good, "text": "Спасибо!"},
        {"id": done, "text": "Уже отвечен"},  # WB refuses: answered already
        {"id": "NoSuchFeedback000000", "text": "Кому?"},
    ]
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    failed = tmp_path / "failed.jsonl"
    result = fwb("feedbacks", "answer", str(src), "--failed", str(failed))
    assert result.exit_code == 1
    assert "answered 1; failed 2" in result.stdout
    back = [json.loads(x) for x in failed.read_text(encoding="utf-8").splitlines()]
    assert [b["id"] for b in back] == [done, "NoSuchFeedback000000"] and all(b["error"] for b in back)
    # the same command takes the file back (still refused: nothing changed on WB's side)
    again = fwb("feedbacks", "answer", str(failed), "--failed", str(failed))
    assert again.exit_code == 1 and "answered 0; failed 2" in again.stdout


def test_answer_checks_every_text_before_sending(fwb: Run, emu: Emulator, tmp_path: Path) -> None:
    [fid, other] = store(emu).seed_feedbacks(2)
    src = tmp_path / "a.csv"
    src.write_text(f"id,text\n{fid},Спасибо!\n{other},{'x' * 5001}\n", encoding="utf-8")
    result = fwb("feedbacks", "answer", str(src))
    assert result.exit_code == 2 and "line 3" in result.stderr and "5000" in result.stderr
    assert [r for r in emu.requests if r.operation == "feedbacks.feedback_answer"] == []
    ok = tmp_path / "ok.csv"
    ok.write_text(f"id,text\n{fid},Спасибо!\n", encoding="utf-8")
    dry = fwb("feedbacks", "answer", str(ok), "--dry-run")
    assert dry.exit_code == 0 and "nothing sent" in dry.stdout
    assert [r for r in emu.requests if r.operation == "feedbacks.feedback_answer"] == []


def test_questions_list_and_answer(fwb: Run, emu: Emulator, tmp_path: Path) -> None:
    [qid] = store(emu).seed_questions(1)
    listed = fwb("feedbacks", "list", "--questions", "--json")
    assert [json.loads(x)["id"] for x in listed.stdout.splitlines()] == [qid]
    src = tmp_path / "q.csv"
    src.write_text(f"id,text\n{qid},Да, есть.\n".replace("Да, есть.", '"Да, есть."'), encoding="utf-8")
    result = fwb("feedbacks", "answer", "--questions", str(src))
    assert result.exit_code == 0, result.stderr
    assert store(emu).question(qid).state == "wbRu"
