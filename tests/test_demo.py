"""The README's main job: ``elarian-sync demo`` plays the whole story and exits 0."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"

# Steps whose place is not fixed (two connections' notifications race), present once each.
UNORDERED = [r"\[app\] +<- queued SMS to \+254700000001 was SENT"]

# Every step of the story, in the order it must happen.
STEPS = [
    r"\[runtime\] +embedded Elarian runtime on ws://127\.0\.0\.1:\d+",
    r"\[app\] +connected as el_app_WZFQdt",
    r"\[phone\] +connected",
    r"\[app\] +reminder 'loan-due' set for",
    r"\[clock\] +\+24 h",
    r"\[app\] +<- reminder 'loan-due' \(loan #1042\)",
    r'\[app\] +-> SMS to \+254700000001 from 83044: "Hi Ann, .*" \(SENT\)',
    r'\[phone\] +<- SMS from 83044: "Hi Ann, your loan of KES 500 is due today',
    r'\[phone\] +-> SMS to 83044: "OK"',
    r'\[app\] +<- SMS from \+254700000001: "OK" \(app data \{\'stage\': \'reminded\'\}\)',
    r"\[app\] +-> mobile checkout of KES 500 .* \(PENDING_CONFIRMATION\)",
    r"\[phone\] +<- M-PESA prompt: pay KES 500\.00 to 83044\? \(el_txn_\w+\)",
    r"\[phone\] +-> confirms the payment",
    r"\[app\] +<- payment el_txn_\w+ is SUCCESS",
    r"\[app\] +purse el_prs_rL3IPZ holds KES 1,000,500\.00",
    r"\[phone\] +-> dials \*83044#",
    r"\[app\] +<- USSD session el_ses_\w+: input ''",
    r"\[phone\] +<- menu: 'Hi Ann!\\n1\. Loan balance\\n2\. Exit'",
    r"\[phone\] +-> 1",
    r"\[phone\] +<- menu \(session over\): 'Your loan balance is KES 0: paid, thank you!'",
    r"\[admin\] +templates login-code, order-shipped-sms/-email; OTP config 'login'; event 'order_shipped'",
    r"\[app\] +-> OTP login: a code for \+254700000001",
    r'\[phone\] +<- SMS from 83044: "\d{6} is your Elarian Dev login code\. It expires in 10 min\."',
    r"\[app\] +<- code \d{6}: APPROVED",
    r"\[app\] +<- the same code again: USED",
    r"\[app\] +-> event order_shipped for \+254700000001 \(queued\)",
    r'\[phone\] +<- SMS from 83044: "Hi Ann, order A-1042 has shipped\."',
    r"\[app\] +-> email receipt to ann@example\.com",
    r'\[phone\] +<- email from dev@elarian\.local: "Order A-1042 has shipped"',
    r"\[demo\] +done",
]


def demo_command() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- demo-command -->\s*```sh\n(.+?)\n```", text, re.S)
    assert match, "README.md has no demo command block"
    return match.group(1).strip()


def test_the_readme_demo_command_plays_every_step_of_the_story() -> None:
    command = demo_command()
    assert command.endswith("elarian-sync demo")  # .ci/run runs the whole command in a fresh venv
    result = subprocess.run(
        [sys.executable, "-m", "elarian_server.cli", "demo"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    at = 0
    for step in STEPS:
        for i in range(at, len(lines)):
            if re.search(step, lines[i]):
                at = i + 1
                break
        else:
            raise AssertionError(f"step {step!r} missing (or out of order) in:\n{result.stdout}")
    for step in UNORDERED:
        assert len(re.findall(step, result.stdout)) == 1, f"step {step!r} missing in:\n{result.stdout}"
    assert "FAILED" not in result.stdout


def test_keep_running_leaves_the_runtime_up_until_sigterm() -> None:
    import signal

    from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
    from elarian_sync import Customer, Elarian

    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "demo", "--keep-running"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = None
        for line in proc.stdout:
            found = re.search(r"stays up on (ws://127\.0\.0\.1:\d+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "the demo did not say where the runtime stays up"
        with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url) as app:
            assert Customer(app, customer_number="+254700000001").get_metadata()["name"] == "Ann"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
