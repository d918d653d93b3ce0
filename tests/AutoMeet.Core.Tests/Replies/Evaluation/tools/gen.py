"""Builds replies.jsonl from the labelled cores in data1..data7.py (wrapping some in quotes, signatures, mobile footers).

Usage: python3 gen.py ../replies.jsonl
"""
import json, sys
from data_ja3 import R, FRESH_START, BLIND_START, BLIND2_START, BLIND3_START, BLIND4_START, BLIND5_START
SELLER = {
 'en': "Hi {first},\n\nWould you be interested in a quick 15-minute call next Tuesday at 2pm? We help teams like yours book more meetings. Happy to send a case study or our pricing sheet too.\nIf you're not the right person, who should I talk to? Not interested? Reply STOP and I'll remove you from my list.\n\nBook a call: https://cal.automeet.io/alex\n\nAlex",
 'de': "Hallo {first},\n\nhätten Sie Interesse an einem kurzen Termin nächste Woche? Gerne schicke ich Ihnen auch Unterlagen oder eine Preisliste. Falls Sie kein Interesse haben, antworten Sie einfach mit STOP.\n\nViele Grüße\nAlex",
 'fr': "Bonjour {first},\n\nSeriez-vous intéressé par un appel rapide mardi prochain ? Je peux aussi vous envoyer une étude de cas. Pas intéressé ? Répondez STOP pour vous désinscrire.\n\nAlex",
 'es': "Hola {first},\n\n¿Le interesaría una llamada rápida el martes? También puedo enviarle un caso de éxito o nuestros precios. Si no le interesa, responda STOP para darse de baja.\n\nAlex",
 'pt': "Olá {first},\n\nTeria interesse em uma conversa rápida na terça? Posso enviar um estudo de caso. Se não tiver interesse, responda STOP para cancelar a inscrição.\n\nAlex",
 'ja': "{last}様\n\nお世話になっております。AutoMeetのアレックスです。\n来週火曜日の14時頃、15分ほどオンラインでお打ち合わせのお時間をいただけないでしょうか。事例資料や料金表もお送りできます。\nご担当者様が別の方でしたら、ご紹介いただけますと幸いです。今後のご連絡が不要な場合は「配信停止」とご返信ください。\n\nアレックス",
 'nl': "Hoi {first},\n\nHeeft u interesse in een kort gesprek volgende week dinsdag? Ik kan ook een case study sturen. Geen interesse? Antwoord STOP om je af te melden.\n\nAlex",
}
GMAIL = {
 'en': "On Tue, Mar 10, 2026 at 9:14 AM Alex Seller <alex@automeet.io> wrote:",
 'de': "Am Di., 10. März 2026 um 09:14 Uhr schrieb Alex Seller <alex@automeet.io>:",
 'fr': "Le mar. 10 mars 2026 à 09:14, Alex Seller <alex@automeet.io> a écrit :",
 'es': "El mar, 10 mar 2026 a las 9:14, Alex Seller (<alex@automeet.io>) escribió:",
 'pt': "Em ter., 10 de mar. de 2026 às 09:14, Alex Seller <alex@automeet.io> escreveu:",
 'nl': "Op di 10 mrt 2026 om 09:14 schreef Alex Seller <alex@automeet.io>:",
 'ja': "2026年3月10日(火) 9:14 Alex Seller <alex@automeet.io>:",
}
OUTLOOK = {
 'en': ("From","Sent","To","Subject","Tuesday, March 10, 2026 9:14 AM"),
 'de': ("Von","Gesendet","An","Betreff","Dienstag, 10. März 2026 09:14"),
 'fr': ("De ","Envoyé ","À ","Objet ","mardi 10 mars 2026 09:14"),
 'es': ("De","Enviado el","Para","Asunto","martes, 10 de marzo de 2026 9:14"),
 'pt': ("De","Enviado","Para","Assunto","terça-feira, 10 de março de 2026 09:14"),
 'nl': ("Van","Verzonden","Aan","Onderwerp","dinsdag 10 maart 2026 09:14"),
 'ja': ("差出人","送信日時","宛先","件名","2026年3月10日 火曜日 9:14"),
}
SIGS = {
 'en': ["Best,\n{first}\n\n{first} {last} | VP Sales | Contoso\n+1 (555) 123-4567\nwww.contoso.com",
        "-- \n{first} {last}\nHead of Partnerships\nM: +1 212 555 0199\nBook a meeting with me: https://calendly.com/{first}",
        "Thanks,\n{first}",
        "Cheers\n{first}\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you are not the intended recipient, please notify the sender, delete it and do not forward it. To unsubscribe from our newsletter visit contoso.com/prefs."],
 'de': ["Mit freundlichen Grüßen\n{first} {last}\nGeschäftsführer\nTel. +49 30 1234567\nwww.beispiel.de", "Viele Grüße\n{first}"],
 'fr': ["Cordialement,\n{first} {last}\nDirecteur commercial\nTél : +33 1 23 45 67 89", "Bien à vous,\n{first}"],
 'es': ["Saludos,\n{first} {last}\nDirector de Ventas\nTel: +34 912 345 678", "Un saludo,\n{first}"],
 'pt': ["Atenciosamente,\n{first} {last}\nGerente Comercial\nTel: +55 11 91234-5678", "Abraços,\n{first}"],
 'nl': ["Met vriendelijke groet,\n{first} {last}\nSales Manager\nT: +31 20 123 4567", "Groetjes,\n{first}"],
 'ja': ["よろしくお願いいたします。\n\n━━━━━━━━━━━━━━━━\n株式会社サンプル商事\n営業部 部長\n{last} {first}\nTEL：03-1234-5678\nMail：{first}@sample.co.jp\n━━━━━━━━━━━━━━━━", "以上、よろしくお願いします。\n--\n{last}\n株式会社テスト 情報システム部\nTEL 06-1234-5678"],
}
MOBILE = {'en':"Sent from my iPhone",'de':"Von meinem iPhone gesendet",'fr':"Envoyé de mon iPhone",'es':"Enviado desde mi iPhone",'pt':"Enviado do meu iPhone",'nl':"Verstuurd vanaf mijn iPhone",'ja':"iPhoneから送信"}
JA_NAMES = [("太郎","山田"),("花子","佐藤"),("健","田中"),("美咲","高橋"),("翔","伊藤")]
NAMES = [("Anna","Schmidt"),("Tom","Becker"),("Maria","Lopez"),("Jean","Dupont"),("Joao","Silva"),("Pieter","Jansen"),("Kate","Miller"),("Raj","Patel")]
TZ = {'en':'America/New_York','de':'Europe/Berlin','fr':'Europe/Paris','es':'Europe/Madrid','pt':'America/Sao_Paulo','nl':'Europe/Amsterdam','ja':'Asia/Tokyo'}
SUBJ = {'en':"Re: Quick question about your pipeline",'de':"AW: Kurze Frage",'fr':"RE: Échange rapide",'es':"RE: Llamada rápida",'pt':"RE: Conversa rápida",'nl':"Re: Kort gesprek",'ja':"Re: お打ち合わせのご相談"}

def quote_gmail(lang, seller):
    return "\n\n" + GMAIL[lang] + "\n\n" + "\n".join("> " + l if l else ">" for l in seller.split("\n"))
def quote_outlook(lang, seller, first):
    f,s,t,sub,date = OUTLOOK[lang]
    sep = "\n\n-----Original Message-----\n" if lang == 'en' else "\n\n-----元のメッセージ-----\n" if lang == 'ja' else "\n\n________________________________\n"
    return sep + f"{f}: Alex Seller <alex@automeet.io>\n{s}: {date}\n{t}: {first} <{first.lower()}@contoso.com>\n{sub}: Quick question\n\n" + seller
def quote_apple(lang, seller):
    return "\n\n> On 10 Mar 2026, at 09:14, Alex Seller <alex@automeet.io> wrote:\n> \n" + "\n".join("> " + l for l in seller.split("\n"))
def quote_fwd(lang, seller, first):
    return "\n\n---------- Forwarded message ---------\nFrom: Alex Seller <alex@automeet.io>\nDate: Tue, Mar 10, 2026 at 9:14 AM\nSubject: Quick question\nTo: <" + first.lower() + "@contoso.com>\n\n" + seller

out = []
for i, r in enumerate(R):
    lang = r['lang']; first, last = (JA_NAMES if lang == 'ja' else NAMES)[i % len((JA_NAMES if lang == 'ja' else NAMES))]
    body = r['body']; opts = r['opts']
    wrap = opts.get('wrap')
    seller = SELLER[lang].format(first=first, last=last)
    if wrap != 'none':
        k = i % 7
        sig = SIGS[lang][i % len(SIGS[lang])].format(first=first, last=last)
        if k == 0: body = body
        elif k == 1: body = body + "\n\n" + sig + quote_gmail(lang, seller)
        elif k == 2: body = body + "\n\n" + sig + quote_outlook(lang, seller, first)
        elif k == 3: body = body + "\n\n" + MOBILE[lang] + quote_apple(lang, seller)
        elif k == 4: body = body + "\n\n" + sig
        elif k == 5: body = body + (quote_fwd(lang, seller, first) if i % 2 == 0 else quote_gmail(lang, seller))
        elif k == 6: body = body + "\n\n" + (sig if i % 2 else MOBILE[lang]) + quote_outlook(lang, seller, first)
    headers = dict(opts.get('headers') or {})
    if 'In-Reply-To' not in headers and r['label'] != 'bounce':
        headers['In-Reply-To'] = f"<m{i}@automeet.io>"
    rec = dict(id=f"r{i+1:03d}", lang=lang, split=opts.get('split') or ('blind5' if i >= BLIND5_START else 'blind4' if i >= BLIND4_START else 'blind3' if i >= BLIND3_START else 'blind2' if i >= BLIND2_START else 'blind' if i >= BLIND_START else 'fresh' if i >= FRESH_START else ('holdout' if i % 4 == 3 else 'dev')),
               subject=r['subject'] or SUBJ[lang], **{'from': opts.get('frm') or (f"{last} {first} <{i}@sample.co.jp>" if lang == 'ja' else f"{first} {last} <{first.lower()}.{last.lower()}@contoso.com>")},
               headers=headers, body=body, received_utc="2026-03-12T14:00:00Z", prospect_tz=TZ[lang],
               label=r['label'], objection=r['objection'])
    out.append(rec)
# a few forwarded-chain cases: prospect forwards internally then replies -> body first, fwd after
with open(sys.argv[1], 'w', encoding='utf-8') as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), sum(1 for r in out if r['split']=='holdout'))
