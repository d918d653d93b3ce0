from data3 import *
DSN={'Content-Type':'multipart/report; report-type=delivery-status; boundary="abc"','Auto-Submitted':'auto-replied'}
def bo(lang, frm, subject, body, headers=None):
    a(BO,None,lang,body,subject=subject,frm=frm,headers=headers if headers is not None else DSN,wrap='none')
bo('en','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','Delivery Status Notification (Failure)',
"""** Address not found **

Your message wasn't delivered to tom@nonexistent-corp.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser""")
bo('en','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','Delivery Status Notification (Delay)',
"""** Message not delivered **

There was a problem delivering your message to anna@bigco.com. See the technical details below.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota.""")
bo('en','Microsoft Outlook <MAILER-DAEMON@eur03.prod.outlook.com>','Undeliverable: Quick question about your pipeline',
"""Your message to j.smith@contoso.com couldn't be delivered.
j.smith wasn't found at contoso.com.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Diagnostic information for administrators:
Generating server: AM0PR03MB1234.eurprd03.prod.outlook.com
j.smith@contoso.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""")
bo('de','Microsoft Outlook <postmaster@firma.onmicrosoft.com>','Unzustellbar: Kurze Frage',
"""Ihre Nachricht konnte nicht an k.mueller@firma.de übermittelt werden.
k.mueller wurde bei firma.de nicht gefunden.

Aktion erforderlich
Unbekannte An-Adresse

Diagnoseinformationen für Administratoren:
Generierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben""",
headers={'Content-Type':'multipart/report; report-type=delivery-status'})
bo('de','Systemadministrator <postmaster@firma.de>','Nicht zustellbar: Termin',
"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

      Betreff: Termin
      Gesendet am: 12.03.2026 10:14

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

      h.schulz@firma.de am 12.03.2026 10:14
            Das E-Mail-Konto existiert nicht in der Organisation, an die die Nachricht gesendet wurde.
            <mx.firma.de #5.1.1 smtp;550 5.1.1 User unknown>""",headers={})
bo('en','MAILER-DAEMON@mail.example.org (Mail Delivery System)','Undelivered Mail Returned to Sender',
"""This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bob@example.org>: host mx.example.org[203.0.113.5] said: 550 5.1.1
    <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)""")
bo('en','Mail Delivery System <MAILER-DAEMON@smtp.hostco.net>','Undelivered Mail Returned to Sender',
"""This is the mail system at host smtp.hostco.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<info@closedshop.biz>: Host or domain name not found. Name service error for
    name=closedshop.biz type=MX: Host not found, try again""",headers={'Content-Type':'multipart/report; report-type=delivery-status'})
bo('en','Mail Delivery System <Mailer-Daemon@mx1.provider.co.uk>','Mail delivery failed: returning message to sender',
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sales@oldcompany.co.uk
    SMTP error from remote mail server after RCPT TO:<sales@oldcompany.co.uk>:
    550 5.1.1 <sales@oldcompany.co.uk>: Recipient address rejected""",headers={'Auto-Submitted':'auto-replied'})
bo('en','Mail Delivery System <Mailer-Daemon@cpanel.host>','Mail delivery failed: returning message to sender',
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mike@full-mailbox.com
    Mailbox quota exceeded""",headers={})
bo('en','Mail Delivery Subsystem <MAILER-DAEMON@mail.corp.net>','Returned mail: see transcript for details',
"""The original message was received at Thu, 12 Mar 2026 10:01:22 -0500
from [198.51.100.7]

   ----- The following addresses had permanent fatal errors -----
<jdoe@corp.net>
    (reason: 550 5.1.1 <jdoe@corp.net>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.corp.net.:
>>> DATA
<<< 550 5.1.1 <jdoe@corp.net>... User unknown
550 5.1.1 <jdoe@corp.net>... User unknown""")
bo('en','Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>','Warning: could not send message for past 4 hours',
"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Thu, 12 Mar 2026 06:00:00 GMT

   ----- Transcript of session follows -----
451 4.4.1 reply: read error from mx.slowhost.com.
<ceo@slowhost.com>... Deferred: Connection timed out with mx.slowhost.com.""",headers={'Content-Type':'multipart/report; report-type=delivery-status'})
bo('en','postmaster@mail.partner.com','Delivery Status Notification (Failure)',
"""This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       lena@partner.com""",headers={})
bo('fr','Mail Delivery Subsystem <mailer-daemon@orange.fr>','Échec de la remise du message',
"""Votre message n'a pas pu être remis à paul@domaine.fr.
Le compte de messagerie n'existe pas.
Code de diagnostic : smtp; 550 5.1.1 Adresse inconnue""")
bo('es','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','Notificación de estado de entrega (error)',
"""** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a ventas@empresa-cerrada.es porque no se ha encontrado la dirección o no puede recibir correo.

La respuesta fue:
550 5.1.1 The email account that you tried to reach does not exist.""")
bo('pt','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','Notificação de status de entrega (falha)',
"""** Endereço não encontrado **

Sua mensagem não foi entregue a contato@empresa.com.br porque o endereço não foi encontrado ou não pode receber e-mails.

550 5.1.1 The email account that you tried to reach does not exist.""")
bo('nl','Microsoft Outlook <postmaster@bedrijf.nl>','Onbestelbaar: Kort gesprek',
"""Uw bericht aan p.dekker@bedrijf.nl kan niet worden bezorgd.
p.dekker is niet gevonden bij bedrijf.nl.

Externe server retourneerde '550 5.1.10 RESOLVER.ADR.RecipientNotFound'""")
bo('en','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','Delivery Status Notification (Failure)',
"""** Message blocked **

Your message to buyer@strict.org has been blocked. See technical details below for more information.

The response from the remote server was:
554 5.7.1 Message rejected due to content restrictions""",headers={})
bo('en','"Mail Administrator" <Postmaster@aol.com>','Mail Delivery Failure',
"""This Message was undeliverable due to the following reason:

The user(s) account is disabled.

<oldfriend@aol.com>""",headers={})

# ---------------- reschedule ----------------
a(RS,None,'en',"Something came up - can we push our call to Thursday same time?")
a(RS,None,'en',"Need to reschedule tomorrow's demo. Does next Monday work?")
a(RS,None,'en',"Can we move our meeting to 3pm instead of 2?")
a(RS,None,'en',"Sorry, I have a conflict now. Let's find another time for our chat next week.")
a(RS,None,'en',"Jane Doe has proposed a new time for this meeting.\nProposed: Wednesday, March 18, 2026 2:00 PM - 2:30 PM (ET)",subject="New Time Proposed: Intro call",wrap='none')
a(RS,None,'en',"Running late on a board prep, any chance we can do 30 min later?")
a(RS,None,'en',"Can we bump the call to next week? Still very keen.")
a(RS,None,'en',"Pushing our sync to Friday if that's OK - same link.")
a(RS,None,'en',"resched pls, tue is bad. wed?")
a(RS,None,'de',"Können wir unseren Termin auf Donnerstag verschieben?")
a(RS,None,'de',"Mir ist etwas dazwischengekommen. Wir müssen das Gespräch leider verlegen, passt Ihnen Freitag?")
a(RS,None,'de',"Max Mustermann hat eine neue Besprechungszeit vorgeschlagen.",subject="Neue Uhrzeit vorgeschlagen: Erstgespräch",wrap='none')
a(RS,None,'fr',"Pouvons-nous décaler notre rendez-vous à jeudi ?")
a(RS,None,'fr',"J'ai un empêchement, on peut reporter notre appel à la semaine prochaine ?")
a(RS,None,'es',"¿Podemos cambiar la reunión al viernes?")
a(RS,None,'es',"Me surgió algo, ¿podemos reprogramar la llamada de mañana?")
a(RS,None,'pt',"Podemos remarcar nossa reunião para quinta?")
a(RS,None,'pt',"Surgiu um imprevisto, dá para adiar a call para a semana que vem?")
a(RS,None,'nl',"Kunnen we onze afspraak verzetten naar donderdag?")
a(RS,None,'nl',"Er is iets tussengekomen, kunnen we het gesprek verplaatsen naar volgende week?")
a(RS,None,'en',"Rain check on today's call? Same time tomorrow?")
a(RS,None,'en',"Could we shift Thursday's meeting to the afternoon, say 4pm?")

# ---------------- cancel ----------------
a(CA,None,'en',"I need to cancel our meeting on Tuesday. We've decided to go with another vendor.")
a(CA,None,'en',"Let's scrap the call - budget got pulled.")
a(CA,None,'en',"Anna Schmidt has declined this invitation.\n\nNote: No longer needed, sorry.",subject="Declined: Intro call @ Tue Mar 17, 2026 10am - 10:30am (EST)",wrap='none')
a(CA,None,'en',"Please cancel tomorrow's demo, we're no longer evaluating tools.")
a(CA,None,'en',"I'm going to have to call off our meeting. Thanks for understanding.")
a(CA,None,'en',"Cancelling the call for Friday. Nothing to discuss at this point.")
a(CA,None,'en',"Won't be able to make our meeting and don't think we need to reschedule.")
a(CA,None,'en',"Can you take the meeting off the calendar? We went with Outreach.")
a(CA,None,'de',"Ich muss unseren Termin am Mittwoch leider absagen.")
a(CA,None,'de',"Bitte stornieren Sie das Meeting, wir haben uns für einen anderen Anbieter entschieden.")
a(CA,None,'de',"Abgelehnt: Erstgespräch",subject="Abgelehnt: Erstgespräch @ Do 19.03.2026 14:00",wrap='none')
a(CA,None,'fr',"Je dois annuler notre rendez-vous de demain.")
a(CA,None,'fr',"Merci d'annuler la réunion, le projet est suspendu.")
a(CA,None,'es',"Tengo que cancelar nuestra reunión del jueves.")
a(CA,None,'es',"Cancelemos la llamada, ya no es prioritario.")
a(CA,None,'pt',"Preciso cancelar nossa reunião de amanhã.")
a(CA,None,'pt',"Pode cancelar a call, decidimos não seguir.")
a(CA,None,'nl',"Ik moet onze afspraak van morgen helaas afzeggen.")
a(CA,None,'nl',"Graag de meeting annuleren, we hebben gekozen voor een andere partij.")
a(CA,None,'en',"Hey, let's not do Thursday after all. Nothing against you guys, we just froze spending.")

# ---------------- question ----------------
a(Q,None,'en',"How much does it cost?")
a(Q,None,'en',"Does it integrate with Salesforce?")
a(Q,None,'en',"How did you get my email?")
a(Q,None,'en',"Where is your data hosted? EU or US?")
a(Q,None,'en',"Is this per seat or per company?")
a(Q,None,'en',"what does it actually do?")
a(Q,None,'en',"Who are you with again?")
a(Q,None,'en',"Do you support Microsoft 365 calendars or only Google?")
a(Q,None,'en',"Is there an API?")
a(Q,None,'en',"What's the minimum contract length?")
a(Q,None,'en',"?")
a(Q,None,'en',"Which companies in logistics are using this?")
a(Q,None,'de',"Was kostet das?")
a(Q,None,'de',"Woher haben Sie meine E-Mail-Adresse?")
a(Q,None,'de',"Wo werden die Daten gehostet?")
a(Q,None,'fr',"Combien ça coûte ?")
a(Q,None,'fr',"Est-ce compatible avec Outlook ?")
a(Q,None,'es',"¿Cuánto cuesta?")
a(Q,None,'es',"¿Se integra con HubSpot?")
a(Q,None,'pt',"Quanto custa?")
a(Q,None,'pt',"Funciona com o Outlook?")
a(Q,None,'nl',"Wat kost het?")
a(Q,None,'nl',"Werkt het ook met Outlook?")
a(Q,None,'en',"Is it GDPR compliant?")
a(Q,None,'en',"Do you have a reseller program?")
