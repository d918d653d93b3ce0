"""Japanese availability phrases with the windows the conventions give (imported by availability_gen.py).

Expected windows are hand-computed calendar arithmetic under availability-conventions.md, checked by the asserts in
availability_i18n.py's helpers, never taken from the extractor. The `blind` cases were written FIRST, before any
Japanese rule existed, committed on their own and never run case by case while the rules were written.

Japanese-specific readings (stated here because the conventions are written in English):
- 夕方 (early evening) is read as "end of day" (16:00–18:00); 午前中/午前/朝 as morning, 午後 alone as afternoon.
- 「X時から」 with nothing after it is a start time (a 30-minute window), 「X時以降」 is "after X" (X–17:00),
  「X時まで」/「X時以前」 is "before X" (09:00–X), 「X時～Y時」/「X時からY時まで」 is "between X and Y".
- 再来週 (the week after next) is "in 2 weeks". そちらの時間 is "your time", 日本時間/JST is Asia/Tokyo.
- Numeric dates are month first in Japan (3/18 = 18 March).
Received: Thursday 2026-03-12 10:00 Asia/Tokyo (R1) unless a case says R2 (Tuesday 2026-03-10 10:00).
"""
from availability_i18n import R1, R2, NY, w, days

TYO = "Asia/Tokyo"


def build():
    out = []

    def ja(text, kind, windows=(), tz=TYO, host=NY, recv=R1, split="dev"):
        out.append(("ja", split, text, recv, tz, host, kind, list(windows)))

    # blind: written before the Japanese rules; never tuned on
    b = lambda text, kind, windows=(), **k: ja(text, kind, windows, split="blind", **k)
    b("来週火曜日の午後3時はいかがでしょうか。", "windows", [w(17, "15:00", "15:30", TYO)])
    b("明日の午前中であれば空いています。", "windows", [w(13, "09:00", "12:00", TYO)])
    b("3月18日(水)14時～16時でお願いします。", "windows", [w(18, "14:00", "16:00", TYO)])
    b("月曜か水曜の夕方なら大丈夫です。", "windows", [w(16, "16:00", "18:00", TYO), w(18, "16:00", "18:00", TYO)])
    b("来週はいつでも大丈夫ですが、金曜日は難しいです。", "windows", days(16, 19, "09:00", "17:00", TYO))
    b("19日の10時半から1時間ほどいかがですか。", "windows", [w(19, "10:30", "11:30", TYO)])
    b("再来週ならいつでも調整できます。", "windows", days(23, 27, "09:00", "17:00", TYO))
    b("資料を拝見してから日程を調整させてください。", "none")
    b("金曜13時以降、そちらの時間でお願いします。", "windows", [w(13, "13:00", "17:00", NY)])
    b("明後日の午後2時半はどうでしょう？", "windows", [w(12, "14:30", "15:00", TYO)], recv=R2)
    b("水曜日の12時までなら対応できます。", "windows", [w(18, "09:00", "12:00", TYO)])

    # dev: written after the blind cases; the rules were written and fixed against these
    ja("火曜日の14時でお願いします。", "windows", [w(17, "14:00", "14:30", TYO)])
    ja("月曜の午前中は空いています。", "windows", [w(16, "09:00", "12:00", TYO)])
    ja("水曜日の14時から16時まででしたら大丈夫です。", "windows", [w(18, "14:00", "16:00", TYO)])
    ja("明日の13時以降なら対応できます。", "windows", [w(13, "13:00", "17:00", TYO)])
    ja("来週は金曜以外でしたらいつでも。", "windows", days(16, 19, "09:00", "17:00", TYO))
    ja("明後日の11時はいかがですか。", "windows", [w(12, "11:00", "11:30", TYO)], recv=R2)
    ja("3月19日（木）10時30分からお願いします。", "windows", [w(19, "10:30", "11:00", TYO)])
    ja("３月１７日の午後", "windows", [w(17, "13:00", "17:00", TYO)])
    ja("金曜9時～10時", "windows", [w(13, "09:00", "10:00", TYO)])
    ja("来週の火曜15時、日本時間でお願いします。", "windows", [w(17, "15:00", "15:30", TYO)])
    ja("月曜は難しいですが、火曜の朝なら大丈夫です。", "windows", [w(17, "09:00", "12:00", TYO)])
    ja("月曜か火曜の15時以降", "windows", [w(16, "15:00", "17:00", TYO), w(17, "15:00", "17:00", TYO)])
    ja("水曜日は終日空いています。", "windows", [w(18, "09:00", "17:00", TYO)])
    ja("木曜の午後にお願いできれば。", "windows", [w(19, "13:00", "17:00", TYO)])
    ja("金曜の16時、こちらの時間で", "windows", [w(13, "16:00", "16:30", TYO)])
    ja("興味ありません。", "none")
    ja("火曜の10時、そちらの時間で。", "windows", [w(17, "10:00", "10:30", NY)])
    ja("明日の午前中か月曜の午後", "windows", [w(13, "09:00", "12:00", TYO), w(16, "13:00", "17:00", TYO)])
    ja("3/24 15:00はいかがでしょうか", "windows", [w(24, "15:00", "15:30", TYO)])
    ja("午後2時半から30分ほどお願いします。", "ambiguous")  # a time with no day
    ja("20日の午前10時", "windows", [w(20, "10:00", "10:30", TYO)])
    ja("来週水曜の12時まで", "windows", [w(18, "09:00", "12:00", TYO)])
    ja("火曜日の午後3時～5時", "windows", [w(17, "15:00", "17:00", TYO)])
    ja("いつでも大丈夫ですので、候補をいくつか送ってください。", "none")
    return out
