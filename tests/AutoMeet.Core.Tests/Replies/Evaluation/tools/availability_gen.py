"""Builds availability.jsonl: English availability phrases with the windows the conventions give.

The expected windows come from this small, independent oracle (plain date arithmetic per
availability-conventions.md), not from the extractor. Usage: python3 availability_gen.py ../availability.jsonl
"""
import json, sys
from datetime import date, timedelta

RECV = date(2026, 3, 12)          # Thursday
RECV_LOCAL = "2026-03-12T10:00:00"
NY, BER, LA = "America/New_York", "Europe/Berlin", "America/Los_Angeles"
WD = {'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4}

def bare(wd):       # next occurrence strictly after the received date
    d = RECV + timedelta(days=1)
    while d.weekday() != WD[wd]: d += timedelta(days=1)
    return d
def next_(wd):      # that weekday in the following ISO week
    monday = RECV - timedelta(days=RECV.weekday()) + timedelta(weeks=1)
    return monday + timedelta(days=WD[wd])
def this_(wd):
    d = RECV - timedelta(days=RECV.weekday()) + timedelta(days=WD[wd])
    return d if d >= RECV else bare(wd)
def weekdays(a, b):
    out = []; d = a
    while d <= b:
        if d.weekday() < 5: out.append(d)
        d += timedelta(days=1)
    return out
def w(d, s, e, tz=NY): return {"start": f"{d.isoformat()}T{s}:00", "end": f"{d.isoformat()}T{e}:00", "tz": tz}

cases = []
def add(text, kind, windows=(), tz=NY, host=BER):
    cases.append({"id": f"a{len(cases)+1:03d}", "text": text, "received_local": RECV_LOCAL, "prospect_tz": tz,
                  "host_tz": host, "kind": kind, "windows": list(windows)})

days = [("Tuesday", [bare('tuesday')]), ("Monday", [bare('monday')]), ("Friday", [bare('friday')]),
        ("next Tuesday", [next_('tuesday')]), ("next Friday", [next_('friday')]), ("this Friday", [this_('friday')]),
        ("tomorrow", [RECV + timedelta(days=1)]), ("Wednesday", [bare('wednesday')]), ("next Thursday", [next_('thursday')]),
        ("March 17", [date(2026, 3, 17)]), ("3/18", [date(2026, 3, 18)]), ("the 19th", [date(2026, 3, 19)]),
        ("next week", weekdays(date(2026, 3, 16), date(2026, 3, 20))), ("this week", [date(2026, 3, 13)])]
times = [("at 2pm", "14:00", "14:30"), ("at 10am", "10:00", "10:30"), ("in the morning", "09:00", "12:00"),
         ("afternoon", "13:00", "17:00"), ("after 3", "15:00", "17:00"), ("before noon", "09:00", "12:00"),
         ("between 1 and 3", "13:00", "15:00"), ("10-11am", "10:00", "11:00"), ("at 9:30", "09:30", "10:00"),
         ("after lunch", "13:00", "17:00"), ("at 4", "16:00", "16:30"), ("anytime", "09:00", "17:00")]
# day x time grid (a deterministic, varied subset)
for k, (dtext, dds) in enumerate(days):
    for j in range(3):
        ttext, s, e = times[(k * 3 + j) % len(times)]
        text = [f"{dtext} {ttext} works for me.", f"How about {dtext} {ttext}?", f"I'm free {dtext}, {ttext}."][j]
        add(text, "windows", [w(d, s, e) for d in dds])
# days alone (09:00-17:00)
for dtext, dds in days[:6]:
    add(f"{dtext} works.", "windows", [w(d, "09:00", "17:00") for d in dds])
# two days, one time
add("Tue or Wed after 2 my time", "windows", [w(bare('tuesday'), "14:00", "17:00"), w(bare('wednesday'), "14:00", "17:00")])
add("Monday or Tuesday morning", "windows", [w(bare('monday'), "09:00", "12:00"), w(bare('tuesday'), "09:00", "12:00")])
add("Tuesday 10am or Wednesday 3pm", "windows", [w(bare('tuesday'), "10:00", "10:30"), w(bare('wednesday'), "15:00", "15:30")])
add("Tuesday through Thursday, afternoons", "windows", [w(d, "13:00", "17:00") for d in [date(2026,3,17), date(2026,3,18), date(2026,3,19)]])
add("8 or 9 am on Friday", "windows", [w(bare('friday'), "08:00", "08:30"), w(bare('friday'), "09:00", "09:30")])
add("Friday at 2 for an hour", "windows", [w(bare('friday'), "14:00", "15:00")])
add("Monday at 11, 45 min is enough", "windows", [w(bare('monday'), "11:00", "11:45")])
add("Thursday 8-9am", "windows", [w(bare('thursday'), "08:00", "09:00")])
add("Next week anytime except Monday", "windows", [w(d, "09:00", "17:00") for d in weekdays(date(2026,3,17), date(2026,3,20))])
add("Next week works, but not Monday morning", "windows", [w(date(2026,3,16), "12:00", "17:00")] + [w(d, "09:00", "17:00") for d in weekdays(date(2026,3,17), date(2026,3,20))])
add("Can't do Tuesday. Wednesday at 3 works.", "windows", [w(bare('wednesday'), "15:00", "15:30")])
add("Early next month", "windows", [w(d, "09:00", "17:00") for d in [date(2026,4,1), date(2026,4,2), date(2026,4,3), date(2026,4,6), date(2026,4,7)]])
add("in 2 weeks", "windows", [w(d, "09:00", "17:00") for d in weekdays(date(2026,3,23), date(2026,3,27))])
add("the week of the 23rd", "windows", [w(d, "09:00", "17:00") for d in weekdays(date(2026,3,23), date(2026,3,27))])
add("Tuesday, March 17 at 11", "windows", [w(date(2026,3,17), "11:00", "11:30")])
add("Thursday at 3pm", "windows", [w(bare('thursday'), "15:00", "15:30")])
add("this Thursday at 3pm", "windows", [w(RECV, "15:00", "15:30")])
# zones
add("Tuesday 2pm ET", "windows", [w(bare('tuesday'), "14:00", "14:30", NY)], tz=BER, host=NY)
add("Wednesday at 11am PT", "windows", [w(bare('wednesday'), "11:00", "11:30", LA)])
add("Friday 10am Pacific", "windows", [w(bare('friday'), "10:00", "10:30", LA)])
add("Monday at 3 your time", "windows", [w(bare('monday'), "15:00", "15:30", BER)])
add("Tuesday at 9 my time", "windows", [w(bare('tuesday'), "09:00", "09:30", NY)])
add("Thursday 4pm CET", "windows", [w(bare('thursday'), "16:00", "16:30", BER)])
add("Friday 2pm UK time", "windows", [w(bare('friday'), "14:00", "14:30", "Europe/London")])
add("Tuesday at 3pm GMT+1", "windows", [w(bare('tuesday'), "15:00", "15:30", "Etc/GMT-1")])
add("Wednesday 9am CT", "windows", [w(bare('wednesday'), "09:00", "09:30", "America/Chicago")])
add("Monday 11am PT / 2pm ET", "windows", [w(bare('monday'), "11:00", "11:30", LA)])
add("Tuesday 1pm Eastern", "windows", [w(bare('tuesday'), "13:00", "13:30", NY)], tz=LA)
# European dates for a Berlin prospect
add("Am I free 17.3.? Yes, at 2pm.", "windows", [w(date(2026,3,17), "14:00", "14:30", BER)], tz=BER, host=NY)
add("How about 3/4 at 10?", "windows", [w(date(2026,4,3), "10:00", "10:30", BER)], tz=BER, host=NY)
add("Wednesday between 10 and 11:30", "windows", [w(bare('wednesday'), "10:00", "11:30")])
add("Monday from 2 to 4pm", "windows", [w(bare('monday'), "14:00", "16:00")])
add("Friday end of day", "windows", [w(bare('friday'), "16:00", "18:00")])
add("Tuesday lunch?", "windows", [w(bare('tuesday'), "12:00", "13:00")])
add("next Monday at noon", "windows", [w(next_('monday'), "12:00", "12:30")])
add("Tomorrow 3-4pm ET", "windows", [w(RECV + timedelta(days=1), "15:00", "16:00")])
# none
for text in ["Let's talk sometime.", "Send me some times.", "I'm flexible.", "Here's my booking link: https://cal.com/anna",
             "Can't do Tuesday.", "Not interested.", "Sounds good, talk soon!", "I'm busy all next week.",
             "Whatever works for you.", "Please propose a few slots."]:
    add(text, "none")
# ambiguous
add("Friday the 12th at 2pm", "ambiguous")
add("February 30 at 10am", "ambiguous")
add("How about 4/31?", "ambiguous")
add("At 3pm works.", "ambiguous")
add("Tuesday the 19th", "ambiguous")
add("4/5 at 2pm", "ambiguous", tz="America/Toronto")
# quoted seller times do not count
add("Thursday works.\n\nOn Tue, Mar 10, 2026 at 9:14 AM Alex <alex@automeet.io> wrote:\n> Are you free Monday at 2pm or Tuesday at 10am?",
    "windows", [w(bare('thursday'), "09:00", "17:00")])
add("Last Tuesday at 2pm was the demo; next Tuesday at 2pm works.", "windows", [w(next_('tuesday'), "14:00", "14:30")])

# blind: written after the extractor's bugs found on the cases above were fixed; never tuned on
BLIND_FROM = len(cases)
add("Could do Wednesday around 11am or Thursday after 2pm.", "windows", [w(bare('wednesday'), "11:00", "11:30"), w(bare('thursday'), "14:00", "17:00")])
add("Mon 9:30 works", "windows", [w(bare('monday'), "09:30", "10:00")])
add("I have time on Friday between 3 and 5.", "windows", [w(bare('friday'), "15:00", "17:00")])
add("Next Wednesday afternoon, 30 mins.", "windows", [w(next_('wednesday'), "13:00", "17:00")])
add("tmrw at 11?", "windows", [w(RECV + timedelta(days=1), "11:00", "11:30")])
add("Tuesday the 17th, 3pm", "windows", [w(date(2026, 3, 17), "15:00", "15:30")])
add("Any morning next week except Wednesday.", "windows", [w(d, "09:00", "12:00") for d in [date(2026,3,16), date(2026,3,17), date(2026,3,19), date(2026,3,20)]])
add("I'm out Monday, but Tuesday at 1 is good.", "windows", [w(bare('tuesday'), "13:00", "13:30")])
add("March 20 at 10:00 AM EST", "windows", [w(date(2026, 3, 20), "10:00", "10:30", NY)], tz=LA)
add("Wed 4pm PST works for me", "windows", [w(bare('wednesday'), "16:00", "16:30", LA)])
add("How's next Tuesday at 10 your time?", "windows", [w(next_('tuesday'), "10:00", "10:30", BER)])
add("Friday, anytime after 10am.", "windows", [w(bare('friday'), "10:00", "17:00")])
add("Thursday or Friday, 2-3pm.", "windows", [w(bare('thursday'), "14:00", "15:00"), w(bare('friday'), "14:00", "15:00")])
add("3/19 at 1:30pm", "windows", [w(date(2026, 3, 19), "13:30", "14:00")])
add("Monday at 10 for 20 minutes", "windows", [w(bare('monday'), "10:00", "10:20")])
add("Tomorrow morning works", "windows", [w(RECV + timedelta(days=1), "09:00", "12:00")])
add("Tuesday before 11", "windows", [w(bare('tuesday'), "09:00", "11:00")])
add("Let's do the 24th at 2.", "windows", [w(date(2026, 3, 24), "14:00", "14:30")])
add("Can't do this week. Next Thursday at 9am?", "windows", [w(next_('thursday'), "09:00", "09:30")])
add("Wednesday 12:30", "windows", [w(bare('wednesday'), "12:30", "13:00")])
add("Happy to chat whenever suits.", "none")
add("Any day next week is fine.", "windows", [w(d, "09:00", "17:00") for d in weekdays(date(2026,3,16), date(2026,3,20))])
add("I'll be travelling until the 20th, so ping me after that.", "none")
add("Thursday at 3, or Friday at 11.", "windows", [w(bare('thursday'), "15:00", "15:30"), w(bare('friday'), "11:00", "11:30")])
add("Does 2:15 on Monday work?", "windows", [w(bare('monday'), "14:15", "14:45")])
add("Sure - Tues 3:00 CT", "windows", [w(bare('tuesday'), "15:00", "15:30", "America/Chicago")])
add("April 2 at 9", "windows", [w(date(2026, 4, 2), "09:00", "09:30")])
add("Maybe after the board meeting?", "none")
add("Friday at 5pm UTC", "windows", [w(bare('friday'), "17:00", "17:30", "Etc/UTC")])
add("Wednesday is out, Thursday morning is good", "windows", [w(bare('thursday'), "09:00", "12:00")])
for c in cases[BLIND_FROM:]:
    c["split"] = "blind"

# German, French, Spanish, Portuguese and Dutch (tools/availability_i18n.py); ids de001, fr001, ...
import availability_i18n
counts = {}
for lang, split, text, recv, tz, host, kind, windows in availability_i18n.build():
    counts[lang] = counts.get(lang, 0) + 1
    case = {"id": f"{lang}{counts[lang]:03d}", "text": text, "received_local": recv, "prospect_tz": tz, "host_tz": host,
            "kind": kind, "windows": windows, "lang": lang}
    if split != "dev":
        case["split"] = split
    cases.append(case)

# Japanese (tools/availability_ja.py); ids ja001, ...
import availability_ja
for lang, split, text, recv, tz, host, kind, windows in availability_ja.build():
    counts[lang] = counts.get(lang, 0) + 1
    case = {"id": f"{lang}{counts[lang]:03d}", "text": text, "received_local": recv, "prospect_tz": tz, "host_tz": host,
            "kind": kind, "windows": windows, "lang": lang}
    if split != "dev":
        case["split"] = split
    cases.append(case)

with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
