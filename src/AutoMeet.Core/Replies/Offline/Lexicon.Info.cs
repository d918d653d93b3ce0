namespace AutoMeet.Replies.Offline;

/// <summary>Asking for material first: deck, case study, pricing sheet, trial, video, webinar.</summary>
internal sealed partial class Lexicon
{
    private void AddInfo()
    {
        Add(
            Signal.InfoNoun, 1,
            "deck", "case study", "case studies", "pricing sheet", "price list", "one pager", "one-pager", "brochure", "trial",
            "free trial", "sandbox", "video", "video demo", "webinar", "docs", "documentation", "materials", "material", "info",
            "information", "informations", "details", "more details", "whitepaper", "white paper", "datasheet", "overview", "link",
            "presentation", "references", "recording", "pricing", "prices", "pdf", "slides", "testimonials", "rate card", "overview",
            "written", "writeup", "write up", "summary", "login", "demo account", "examples", "portfolio", "product sheet", "spec",
            "specs", "whitepaper", "white paper", "produktbeschreibung", "produktinfo*", "datenblatt", "beispiele", "fiche",
            "documentation produit", "exemples", "video", "videos", "ficha", "ejemplos", "catalogo", "material", "materiais", "folder",
            "documentatie", "voorbeelden", "video s", "informatie*", "info*", "document*", "docu*", "materia*", "pdf s",
            "unterlagen", "preisliste", "informationen", "infos", "testversion", "referenzen", "prasentation", "broschure", "demo video",
            "plaquette", "etude de cas", "documentation", "presentation", "tarifs", "essai", "version d essai",
            "informacion", "presentacion", "precios", "folleto", "prueba gratuita", "caso de exito", "documentacion",
            "informacoes", "apresentacao", "precos", "material", "estudo de caso", "teste gratis",
            "informatie", "brochure", "prijzen", "proefversie", "presentatie", "documentatie", "prijslijst");
        Add(
            Signal.RequestVerb, 1,
            "send", "share", "email me", "forward", "shoot over", "shoot me", "pass along", "send over", "send me", "sending",
            "can i see", "i d like to see", "would love to see", "like to see", "take a look", "have a look", "read up", "review",
            "watch", "try", "is there a", "do you have a", "any chance you have", "mind sending", "link to",
            "schicken", "senden", "zusenden", "zukommen lassen", "gibt es eine", "anschauen", "envoyer", "envoyez", "transmettre",
            "faire parvenir", "avez vous", "enviar", "enviarme", "mandar", "mandame", "mandeme", "tienen una", "probarlo", "me envie",
            "me manda", "me enviar", "pode me enviar", "sturen", "stuur", "toesturen", "opsturen", "is er een", "kijk ik",
            "got a", "have any", "do you have", "can i get", "could i get", "can you send", "could you send", "mail me", "email it",
            "by email", "per mail", "per e mail", "gerne per", "haben sie", "par mail", "pourriez vous", "compartir", "compartirme",
            "me podrias", "tem algum", "tem alguma", "pode mandar", "mailen", "mail me", "kun je", "kunt u", "heb je", "hebben jullie",
            "forward to my boss", "forward to", "read", "lesen", "lire", "leer", "ler", "lezen");
        Add(
            Signal.Info, 1.2f,
            "send me … info*", "send me … details", "send … deck", "send … case stud*", "send … brochure", "send … one pager",
            "send over … you have", "share … materials", "share some", "more info", "more information", "learn more", "free trial",
            "trial account", "video demo", "before we talk", "before a call", "first and", "review and get back", "take a look when",
            "pass them around", "read up", "vorab unterlagen", "vorab informationen", "mehr informationen", "plus d informations",
            "plus d info*", "mas informacion", "mais informacoes", "meer informatie", "eerst wat informatie", "eerst zelf",
            "i d rather join", "rather watch", "don t do calls", "not ready for a call", "if it fits", "we ll see", "we can schedule … after");
    }
}
