from data10 import *
# Japanese (ja). JA_BLIND: written FIRST, before any Japanese lexicon, tokenizer or stripper code existed;
# committed on its own and never tuned on (split 'ja-blind'). The Japanese dev cases follow in data_ja2.py.
JA_BLIND_START = len(R)
T='timing'; B='budget'; AU='authority'; C='competitor'; N='need'; TR='trust'
def j(label, obj, body, subject=None, **opts):
    opts.setdefault('split', 'ja-blind')
    a(label, obj, 'ja', body, subject=subject, **opts)
j(IM,None,"ご連絡ありがとうございます。ぜひ一度お話を伺えればと思います。来週の水曜日15時はいかがでしょうか。")
j(IM,None,"承知しました。3月18日(水)の午前中でしたら調整可能です。")
j(IM,None,"いいですね、オンラインで30分ほどお時間いただけますか？")
j(IM,None,"了解です！金曜の14時でお願いします。")
j(IM,None,"はい")
j(II,None,"興味はありますので、まずは資料をお送りいただけますでしょうか。")
j(II,None,"料金表と導入事例があれば拝見したいです。")
j(II,None,"デモ動画などがあれば共有いただけると助かります。")
j(NI,None,"せっかくですが、今回は見送らせていただきます。")
j(NI,None,"弊社では検討しておりませんので、ご遠慮いたします。")
j(NI,None,"特に興味ないです。")
j(OB,T,"現在社内で組織変更中のため、落ち着いた頃に改めてご連絡いただけますか。下期以降であれば検討できるかもしれません。")
j(OB,B,"内容は魅力的ですが、今年度は予算が確保できておりません。")
j(OB,C,"すでに他社のツールを導入済みで、契約期間中のため難しいです。")
j(OB,AU,"私の一存では決めかねますので、上長に相談が必要です。")
j(OB,N,"うちは少人数なので、そこまでの仕組みは必要ないと思います。")
j(RF,None,"本件は営業企画部の佐藤が担当しておりますので、sato@example.co.jp までご連絡ください。")
j(RF,None,"担当が異なりますので、マーケティング部の鈴木さんにおつなぎします。")
j(OOO,None,"誠に恐れ入りますが、3月12日から3月22日まで海外出張のため不在にしております。3月23日以降、順次ご返信いたします。",subject="自動応答: Re: お打ち合わせのご相談",headers={'Auto-Submitted':'auto-replied'},wrap='none')
j(OOO,None,"今週いっぱい休暇をいただいております。来週月曜日に戻りますので、その後改めてご連絡します。")
j(UN,None,"今後このようなメールは送らないでください。")
j(UN,None,"配信停止をお願いします。リストから削除してください。")
j(RS,None,"明日の打ち合わせですが、急用が入ってしまい、別日に変更させていただけますでしょうか。来週木曜の同じ時間はいかがですか。")
j(CA,None,"大変申し訳ございませんが、19日のお打ち合わせはキャンセルさせてください。")
j(Q,None,"御社のサービスはSalesforceと連携できますか？")
j(BO,None,"""** メッセージが配信されませんでした **

アドレスが見つからなかったか、メールを受信できないアドレスであるため、yamada@nonexistent.co.jp にメッセージを配信できませんでした。

リモート サーバーからの応答:
550 5.1.1 The email account that you tried to reach does not exist.""",subject="Delivery Status Notification (Failure)",frm='Mail Delivery Subsystem <mailer-daemon@googlemail.com>',headers={'Content-Type':'multipart/report; report-type=delivery-status; boundary="abc"','Auto-Submitted':'auto-replied'},wrap='none')
JA_DEV_START = len(R)
