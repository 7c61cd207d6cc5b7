"""The words of the room's web pages in the five languages of the app.

Why a table here and not Qt's `.ts` files: the hub is Qt-free (it runs headless on a small
box in the room), and these ~90 short strings are page furniture, not content (the
curriculum comes translated from `curricula/`). Numbers and dates are not in this table:
`web.py` formats them with Babel (CLDR) for the page's language. A test checks that every
key has all five languages and that placeholders match.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "ar")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português",
                  "ar": "العربية"}
RTL = {"ar"}

# key: (en, fr, es, pt, ar)
_W: dict[str, tuple[str, str, str, str, str]] = {
    "app": ("PCSC Workshop", "PCSC Workshop", "PCSC Workshop", "PCSC Workshop",
            "PCSC Workshop"),
    "join-title": ("Join the workshop", "Rejoindre l'atelier", "Unirse al taller",
                   "Entrar no workshop", "الانضمام إلى حلقة العمل"),
    "join-help": ("Choose your name, then type the room code shown on the screen and the "
                  "personal code your facilitator gave you.",
                  "Choisissez votre nom, puis saisissez le code de salle affiché à l'écran et "
                  "le code personnel remis par votre animateur.",
                  "Elija su nombre y escriba el código de sala que aparece en pantalla y el "
                  "código personal que le dio su facilitador.",
                  "Escolha o seu nome e escreva o código da sala mostrado no ecrã e o código "
                  "pessoal que o seu facilitador lhe entregou.",
                  "اختر اسمك، ثم اكتب رمز القاعة المعروض على الشاشة والرمز الشخصي الذي "
                  "سلّمه إليك الميسّر."),
    "your-name": ("Your name", "Votre nom", "Su nombre", "O seu nome", "اسمك"),
    "choose-name": ("Choose your name", "Choisissez votre nom", "Elija su nombre",
                    "Escolha o seu nome", "اختر اسمك"),
    "room-code": ("Room code", "Code de salle", "Código de sala", "Código da sala",
                  "رمز القاعة"),
    "person-code": ("Your personal code", "Votre code personnel", "Su código personal",
                    "O seu código pessoal", "رمزك الشخصي"),
    "join": ("Join", "Rejoindre", "Unirse", "Entrar", "انضمام"),
    "language": ("Language", "Langue", "Idioma", "Língua", "اللغة"),
    "welcome": ("Welcome, {name}", "Bienvenue, {name}", "Bienvenido/a, {name}",
                "Bem-vindo/a, {name}", "مرحبًا، {name}"),
    "nav": ("Main menu", "Menu principal", "Menú principal", "Menu principal",
            "القائمة الرئيسية"),
    "home": ("Home", "Accueil", "Inicio", "Início", "الرئيسية"),
    "my-plan": ("My action plan", "Mon plan d'action", "Mi plan de acción",
                "O meu plano de ação", "خطة عملي"),
    "curriculum": ("Curriculum", "Programme", "Programa", "Programa", "المنهج"),
    "quiz": ("Knowledge checks", "Tests de connaissances", "Comprobaciones de conocimientos",
             "Verificações de conhecimentos", "اختبارات المعارف"),
    "assessment": ("Self-assessment", "Auto-évaluation", "Autoevaluación", "Autoavaliação",
                   "التقييم الذاتي"),
    "poll": ("Live poll", "Sondage en direct", "Encuesta en vivo", "Sondagem em direto",
             "استطلاع مباشر"),
    "leave": ("Leave this device", "Quitter sur cet appareil", "Salir en este dispositivo",
              "Sair neste dispositivo", "الخروج من هذا الجهاز"),
    "key_takeaways": ("Key takeaways", "Principaux enseignements", "Conclusiones clave",
                      "Principais conclusões", "أهم الدروس المستفادة"),
    "challenges": ("Challenges", "Défis", "Desafíos", "Desafios", "التحديات"),
    "approaches": ("Approaches", "Approches", "Enfoques", "Abordagens", "المقاربات"),
    "next-steps": ("Next steps", "Prochaines étapes", "Próximos pasos", "Próximos passos",
                   "الخطوات التالية"),
    "support": ("Desired future support", "Appui souhaité à l'avenir",
                "Apoyo futuro deseado", "Apoio futuro pretendido", "الدعم المرغوب مستقبلًا"),
    "action": ("Action", "Action", "Acción", "Ação", "الإجراء"),
    "responsible": ("Responsible", "Responsable", "Responsable", "Responsável", "المسؤول"),
    "start": ("Start", "Début", "Inicio", "Início", "البداية"),
    "end": ("End", "Fin", "Fin", "Fim", "النهاية"),
    "resources": ("Resources", "Ressources", "Recursos", "Recursos", "الموارد"),
    "indicator": ("Indicator", "Indicateur", "Indicador", "Indicador", "المؤشر"),
    "link": ("Linked pillar or element", "Pilier ou élément lié", "Pilar o elemento vinculado",
             "Pilar ou elemento associado", "الركيزة أو العنصر المرتبط"),
    "no-link": ("(none)", "(aucun)", "(ninguno)", "(nenhum)", "(لا شيء)"),
    "status": ("Status", "État", "Estado", "Estado", "الحالة"),
    "add-step": ("Add a next step", "Ajouter une étape", "Añadir un paso", "Adicionar um passo",
                 "إضافة خطوة"),
    "add-support": ("Add a support request", "Ajouter une demande d'appui",
                    "Añadir una solicitud de apoyo", "Adicionar um pedido de apoio",
                    "إضافة طلب دعم"),
    "remove": ("Remove", "Supprimer", "Eliminar", "Remover", "حذف"),
    "step-n": ("Next step {n}", "Étape {n}", "Paso {n}", "Passo {n}", "الخطوة {n}"),
    "support-n": ("Support request {n}", "Demande d'appui {n}", "Solicitud de apoyo {n}",
                  "Pedido de apoio {n}", "طلب الدعم {n}"),
    "provider": ("From whom", "De qui", "De quién", "De quem", "من الجهة"),
    "kind": ("Kind of support", "Type d'appui", "Tipo de apoyo", "Tipo de apoio", "نوع الدعم"),
    "detail": ("Detail", "Détail", "Detalle", "Pormenor", "التفاصيل"),
    "saved": ("Saved", "Enregistré", "Guardado", "Guardado", "تم الحفظ"),
    "saving": ("Saving…", "Enregistrement…", "Guardando…", "A guardar…", "جارٍ الحفظ…"),
    "not-saved": ("Not saved: {reason}. Your text is kept on this page; it will be sent again.",
                  "Non enregistré : {reason}. Votre texte reste sur cette page ; il sera "
                  "renvoyé.",
                  "No guardado: {reason}. Su texto se conserva en esta página; se enviará "
                  "de nuevo.",
                  "Não guardado: {reason}. O seu texto mantém-se nesta página; será enviado "
                  "de novo.",
                  "لم يُحفظ: {reason}. يبقى نصك في هذه الصفحة وسيُرسل مجددًا."),
    "delegation-plan": ("Your delegation's plan (read only)",
                        "Le plan de votre délégation (lecture seule)",
                        "El plan de su delegación (solo lectura)",
                        "O plano da sua delegação (só leitura)",
                        "خطة وفدك (للقراءة فقط)"),
    "assessment-title": ("{delegation}: self-assessment on JICA's 21 elements",
                         "{delegation} : auto-évaluation sur les 21 éléments de la JICA",
                         "{delegation}: autoevaluación sobre los 21 elementos de la JICA",
                         "{delegation}: autoavaliação nos 21 elementos da JICA",
                         "{delegation}: التقييم الذاتي وفق عناصر JICA الـ21"),
    "rubric-note": ("Rubric by PCSC Workshop, based on JICA's 21 elements.",
                    "Grille de PCSC Workshop, fondée sur les 21 éléments de la JICA.",
                    "Rúbrica de PCSC Workshop, basada en los 21 elementos de la JICA.",
                    "Grelha da PCSC Workshop, baseada nos 21 elementos da JICA.",
                    "سُلَّم تقدير من إعداد PCSC Workshop، مبني على عناصر JICA الـ21."),
    "not-scored": ("Not scored", "Non noté", "Sin puntuar", "Sem pontuação", "غير مقيَّم"),
    "level-n": ("Level {n}", "Niveau {n}", "Nivel {n}", "Nível {n}", "المستوى {n}"),
    "evidence": ("Evidence", "Éléments probants", "Evidencia", "Evidência", "الأدلة"),
    "no-delegation": ("You are not in a delegation, so there is no self-assessment to score.",
                      "Vous n'êtes dans aucune délégation : il n'y a pas d'auto-évaluation à "
                      "noter.",
                      "No pertenece a ninguna delegación, así que no hay autoevaluación que "
                      "puntuar.",
                      "Não pertence a nenhuma delegação, por isso não há autoavaliação para "
                      "pontuar.",
                      "لست ضمن أي وفد، لذا لا يوجد تقييم ذاتي لتقديره."),
    "before": ("Before the session", "Avant la séance", "Antes de la sesión", "Antes da sessão",
               "قبل الجلسة"),
    "after": ("After the session", "Après la séance", "Después de la sesión",
              "Depois da sessão", "بعد الجلسة"),
    "submit": ("Submit my answers", "Envoyer mes réponses", "Enviar mis respuestas",
               "Enviar as minhas respostas", "إرسال إجاباتي"),
    "quiz-done": ("You scored {score} out of {total}.", "Votre score : {score} sur {total}.",
                  "Obtuvo {score} de {total}.", "Obteve {score} em {total}.",
                  "حصلت على {score} من {total}."),
    "taken": ("Taken: {score} out of {total}", "Fait : {score} sur {total}",
              "Hecho: {score} de {total}", "Feito: {score} em {total}",
              "تم: {score} من {total}"),
    "no-poll": ("No question is open right now. This page shows the next one as soon as the "
                "facilitator asks it.",
                "Aucune question n'est ouverte pour le moment. Cette page affichera la "
                "suivante dès que l'animateur la posera.",
                "No hay ninguna pregunta abierta ahora. Esta página mostrará la siguiente en "
                "cuanto el facilitador la formule.",
                "Não há nenhuma pergunta aberta agora. Esta página mostra a seguinte assim que "
                "o facilitador a fizer.",
                "لا يوجد سؤال مفتوح الآن. ستعرض هذه الصفحة السؤال التالي فور طرحه من "
                "الميسّر."),
    "send": ("Send", "Envoyer", "Enviar", "Enviar", "إرسال"),
    "answer-in": ("Thank you — your answer is in. You can change it while the question is "
                  "open.",
                  "Merci, votre réponse est enregistrée. Vous pouvez la modifier tant que la "
                  "question est ouverte.",
                  "Gracias, su respuesta se ha registrado. Puede cambiarla mientras la "
                  "pregunta siga abierta.",
                  "Obrigado, a sua resposta foi registada. Pode alterá-la enquanto a pergunta "
                  "estiver aberta.",
                  "شكرًا، سُجّلت إجابتك. يمكنك تغييرها ما دام السؤال مفتوحًا."),
    "pick-up-to": ("Pick up to {n}", "Choisissez-en jusqu'à {n}", "Elija hasta {n}",
                   "Escolha até {n}", "اختر حتى {n}"),
    "words-help": ("Up to three words or short phrases", "Jusqu'à trois mots ou expressions",
                   "Hasta tres palabras o frases cortas", "Até três palavras ou expressões",
                   "حتى ثلاث كلمات أو عبارات قصيرة"),
    "results": ("Results", "Résultats", "Resultados", "Resultados", "النتائج"),
    "respondents": ("Answers: {n}", "Réponses : {n}", "Respuestas: {n}", "Respostas: {n}",
                    "عدد الإجابات: {n}"),
    "back": ("Back", "Retour", "Volver", "Voltar", "رجوع"),
    "in-english": ("(in English: not yet translated)", "(en anglais : pas encore traduit)",
                   "(en inglés: aún sin traducir)", "(em inglês: ainda não traduzido)",
                   "(بالإنجليزية: لم يُترجم بعد)"),
    "status-planned": ("planned", "prévu", "previsto", "previsto", "مخطط"),
    "status-in progress": ("in progress", "en cours", "en curso", "em curso", "قيد التنفيذ"),
    "status-done": ("done", "terminé", "hecho", "concluído", "منجز"),
    "status-on hold": ("on hold", "en attente", "en pausa", "em pausa", "معلّق"),
    "status-dropped": ("dropped", "abandonné", "descartado", "abandonado", "متروك"),
    "kind-": ("(choose)", "(choisir)", "(elegir)", "(escolher)", "(اختر)"),
    "kind-technical assistance": ("technical assistance", "assistance technique",
                                  "asistencia técnica", "assistência técnica", "مساعدة تقنية"),
    "kind-financing": ("financing", "financement", "financiación", "financiamento", "تمويل"),
    "kind-capacity building": ("capacity building", "renforcement des capacités",
                               "desarrollo de capacidades", "capacitação", "بناء القدرات"),
    "kind-knowledge exchange": ("knowledge exchange", "échange de connaissances",
                                "intercambio de conocimientos", "intercâmbio de conhecimentos",
                                "تبادل المعارف"),
    "kind-data and tools": ("data and tools", "données et outils", "datos y herramientas",
                            "dados e ferramentas", "البيانات والأدوات"),
    "kind-other": ("other", "autre", "otro", "outro", "أخرى"),
    # refusals (codes from access.py and service.py)
    "too-many-tries": ("Too many attempts from this device. Wait a minute and try again.",
                       "Trop de tentatives depuis cet appareil. Attendez une minute et "
                       "réessayez.",
                       "Demasiados intentos desde este dispositivo. Espere un minuto y vuelva "
                       "a intentarlo.",
                       "Demasiadas tentativas a partir deste dispositivo. Aguarde um minuto e "
                       "tente de novo.",
                       "محاولات كثيرة جدًا من هذا الجهاز. انتظر دقيقة ثم أعد المحاولة."),
    "person-locked": ("Too many wrong codes for this name. Ask your facilitator, or wait a "
                      "minute.",
                      "Trop de codes erronés pour ce nom. Demandez à votre animateur ou "
                      "attendez une minute.",
                      "Demasiados códigos erróneos para este nombre. Pregunte a su facilitador "
                      "o espere un minuto.",
                      "Demasiados códigos errados para este nome. Pergunte ao seu facilitador "
                      "ou aguarde um minuto.",
                      "رموز خاطئة كثيرة لهذا الاسم. اسأل الميسّر أو انتظر دقيقة."),
    "wrong-room-code": ("That is not this room's code: check the code on the screen.",
                        "Ce n'est pas le code de cette salle : vérifiez le code à l'écran.",
                        "Ese no es el código de esta sala: compruebe el código en pantalla.",
                        "Esse não é o código desta sala: confirme o código no ecrã.",
                        "هذا ليس رمز هذه القاعة: تحقّق من الرمز المعروض على الشاشة."),
    "unknown-person": ("That name is not on this workshop's list.",
                       "Ce nom ne figure pas sur la liste de l'atelier.",
                       "Ese nombre no está en la lista del taller.",
                       "Esse nome não está na lista do workshop.",
                       "هذا الاسم غير موجود في قائمة حلقة العمل."),
    "wrong-person-code": ("That personal code does not match this name.",
                          "Ce code personnel ne correspond pas à ce nom.",
                          "Ese código personal no corresponde a este nombre.",
                          "Esse código pessoal não corresponde a este nome.",
                          "هذا الرمز الشخصي لا يطابق هذا الاسم."),
    "signed-out": ("This device is no longer in the room. Join again with your codes.",
                   "Cet appareil n'est plus dans la salle. Rejoignez-la avec vos codes.",
                   "Este dispositivo ya no está en la sala. Vuelva a unirse con sus códigos.",
                   "Este dispositivo já não está na sala. Entre de novo com os seus códigos.",
                   "لم يعد هذا الجهاز ضمن القاعة. انضم مجددًا باستخدام رموزك."),
    "bad-request": ("The page sent something the hub cannot accept ({detail}).",
                    "La page a envoyé une donnée que le serveur ne peut pas accepter "
                    "({detail}).",
                    "La página envió algo que el servidor no puede aceptar ({detail}).",
                    "A página enviou algo que o servidor não pode aceitar ({detail}).",
                    "أرسلت الصفحة بيانات لا يمكن للخادم قبولها ({detail})."),
    "too-long": ("a field is longer than the hub accepts", "un champ est trop long",
                 "un campo es demasiado largo", "um campo é demasiado longo",
                 "أحد الحقول أطول من المسموح"),
    "bad-date": ("a date is not a real date", "une date n'est pas valide",
                 "una fecha no es válida", "uma data não é válida", "أحد التواريخ غير صالح"),
    "end-before-start": ("a next step ends before it starts",
                         "une étape se termine avant de commencer",
                         "un paso termina antes de empezar", "um passo termina antes de começar",
                         "إحدى الخطوات تنتهي قبل أن تبدأ"),
    "server-busy": ("the facilitator's laptop is busy; retrying",
                    "l'ordinateur de l'animateur est occupé ; nouvel essai",
                    "el portátil del facilitador está ocupado; reintentando",
                    "o portátil do facilitador está ocupado; a tentar de novo",
                    "حاسوب الميسّر مشغول؛ تجري إعادة المحاولة"),
    "offline": ("no connection to the room", "pas de connexion à la salle",
                "sin conexión con la sala", "sem ligação à sala", "لا اتصال بالقاعة"),
}


def word(key: str, language: str, **values: object) -> str:
    """The word for `key` in `language` (English when the language is unknown)."""
    entry = _W.get(key)
    if entry is None:
        return key
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    text = entry[index]
    return text.format(**values) if values else text


def all_words(language: str) -> dict[str, str]:
    """Every word in one language, for the page's script (status lines, buttons)."""
    return {key: word(key, language) for key in _W}


def keys() -> list[str]:
    return list(_W)


def table() -> dict[str, tuple[str, str, str, str, str]]:
    return dict(_W)
