"""Lexicons: the language data the rules read, kept apart from the logic.

One table per concern.  Everything is lower case unless it is a proper form
(titles, honorifics, organisation heads) whose case matters.  Users extend
these through :class:`quoteattr.Config` rather than by editing them.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import _given_names as _given

# --------------------------------------------------------------------------
# Speech cues: verbs in all their forms.  Lemma -> forms.  A cue marks the
# clause that introduces or follows a quote.  Verbs that also take a
# predicate ("called it a", "described as") work for partial quotes.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "ask": ("ask", "asks", "asked", "asking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "post": ("post", "posts", "posted", "posting"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "hail": ("hail", "hails", "hailed", "hailing"),
    "describe": ("describe", "describes", "described", "describing"),
    "call": ("call", "calls", "called", "calling"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "label": ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "note": ("note", "notes", "noted", "noting"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "state": ("state", "states", "stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "answer": ("answer", "answers", "answered", "answering"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "observe": ("observe", "observes", "observed", "observing"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "promise": ("promise", "promises", "promised", "promising"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "urge": ("urge", "urges", "urged", "urging"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "contend": ("contend", "contends", "contended", "contending"),
    "maintain": ("maintains", "maintained"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise",
                  "emphasises", "emphasised", "emphasising"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "report": ("reports", "reported"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "proclaim": ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "cry": ("cry", "cries", "cried", "crying"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "scream": ("scream", "screams", "screamed", "screaming"),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    "murmur": ("murmur", "murmurs", "murmured", "murmuring"),
    "mutter": ("mutter", "mutters", "muttered", "muttering"),
    "repeat": ("repeat", "repeats", "repeated", "repeating"),
    "retort": ("retort", "retorts", "retorted", "retorting"),
    "rejoin": ("rejoined", "rejoins"),
    "return": ("returned",),
    "resume": ("resumed",),
    "pursue": ("pursued",),
    "persist": ("persisted",),
    "interrupt": ("interrupt", "interrupts", "interrupted", "interrupting"),
    "begin": ("began", "begins"),
    "start": ("started",),
    "go on": ("go on", "goes on", "went on", "going on"),
    "sigh": ("sighed", "sigh", "sighs", "sighing"),
    "laugh": ("laughed", "laugh", "laughs", "laughing"),
    "smile": ("smiled",),
    "groan": ("groaned", "groan", "groans", "groaning"),
    "sob": ("sobbed", "sob", "sobs", "sobbing"),
    "gasp": ("gasped", "gasp", "gasps", "gasping"),
    "snap": ("snapped", "snap", "snaps", "snapping"),
    "scoff": ("scoffed", "scoff", "scoffs", "scoffing"),
    "thunder": ("thundered",),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "inquire": ("inquired", "enquired", "inquire", "inquires", "inquiring"),
    "wonder": ("wondered",),
    "think": ("thought",),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "criticize": ("criticized", "criticised", "criticizes", "criticises"),
    "condemn": ("condemn", "condemns", "condemned", "condemning"),
    "praise": ("praise", "praises", "praised", "praising"),
    "deny": ("deny", "denies", "denied", "denying"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "cite": ("cite", "cites", "cited", "citing"),
    "read": ("reads", "read"),
    "speak": ("speak", "speaks", "spoke", "speaking"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "recount": ("recount", "recounts", "recounted", "recounting"),
    "put it": ("put it", "puts it"),
    "press": ("pressed",),
    "surmise": ("surmised",),
    "chant": ("chanted", "chanting"),
    "scold": ("scolded",),
    "muse": ("mused", "muses"),
    "reason": ("reasoned",),
    "caution": ("cautioned", "cautions"),
    "estimate": ("estimated",),
    "interject": ("interjected",),
    "grumble": ("grumbled", "grumbles"),
    "gush": ("gushed",),
    "fume": ("fumed",),
    "vent": ("vented",),
    "opine": ("opined",),
    "clarify": ("clarified",),
    "elaborate": ("elaborated",),
    "agree": ("agreed",),
    "offer": ("offered",),
    "text": ("texted",),
    "email": ("emailed",),
    "weigh in": ("weighed in",),
    "pipe up": ("piped up",),
    "chime in": ("chimed in", "chimes in"),
    "shoot back": ("shot back", "shoots back", "fired back", "hit back"),
    "laud": ("lauded", "lauds"),
    "brand": ("branded", "brands"),
    "slam": ("slammed", "slams"),
    "blast": ("blasted", "blasts"),
    "mock": ("mocked", "mocks"),
    "deride": ("derided", "derides"),
    "dismiss": ("dismissed", "dismisses"),
    "decry": ("decried", "decries"),
    "lament": ("lamented", "laments"),
    "advise": ("advised", "advises"),
    "echo": ("echoed", "echoes"),
    "counter": ("countered", "counters"),
    "confirm": ("confirmed", "confirms"),
    "tout": ("touted", "touts"),
    "refer": ("referred to", "refers to"),
    "characterize": ("characterized", "characterised", "characterizes"),
    "summarize": ("summarized", "summarised", "summed up"),
    # manner-of-speaking and other speech verbs (belief verbs, "thinks",
    # "believes", "wants", are no cues), and noun cues ("issued a statement")
    "protest": ("protest", "protests", "protested", "protesting"),
    "voice": ("voice", "voices", "voiced", "voicing"),
    "venture": ("venture", "ventures", "ventured", "venturing"),
    "huff": ("huff", "huffs", "huffed", "huffing"),
    "mumble": ("mumble", "mumbles", "mumbled", "mumbling"),
    "stammer": ("stammer", "stammers", "stammered", "stammering"),
    "stutter": ("stutter", "stutters", "stuttered", "stuttering"),
    "sputter": ("sputter", "sputters", "sputtered", "sputtering"),
    "splutter": ("splutter", "splutters", "spluttered", "spluttering"),
    "blurt": ("blurt", "blurts", "blurted", "blurting"),
    "bark": ("bark", "barks", "barked", "barking"),
    "growl": ("growl", "growls", "growled", "growling"),
    "snarl": ("snarl", "snarls", "snarled", "snarling"),
    "hiss": ("hiss", "hisses", "hissed", "hissing"),
    "roar": ("roar", "roars", "roared", "roaring"),
    "bellow": ("bellow", "bellows", "bellowed", "bellowing"),
    "shriek": ("shriek", "shrieks", "shrieked", "shrieking"),
    "squeal": ("squeal", "squeals", "squealed", "squealing"),
    "wail": ("wail", "wails", "wailed", "wailing"),
    "moan": ("moan", "moans", "moaned", "moaning"),
    "whine": ("whine", "whines", "whined", "whining"),
    "whimper": ("whimper", "whimpers", "whimpered", "whimpering"),
    "sniff": ("sniff", "sniffs", "sniffed", "sniffing"),
    "snort": ("snort", "snorts", "snorted", "snorting"),
    "chuckle": ("chuckle", "chuckles", "chuckled", "chuckling"),
    "giggle": ("giggle", "giggles", "giggled", "giggling"),
    "sneer": ("sneer", "sneers", "sneered", "sneering"),
    "jeer": ("jeer", "jeers", "jeered", "jeering"),
    "taunt": ("taunt", "taunts", "taunted", "taunting"),
    "tease": ("tease", "teases", "teased", "teasing"),
    "coax": ("coax", "coaxes", "coaxed", "coaxing"),
    "plead": ("plead", "pleads", "pleaded", "pleading"),
    "implore": ("implore", "implores", "implored", "imploring"),
    "entreat": ("entreat", "entreats", "entreated", "entreating"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "reassure": ("reassure", "reassures", "reassured", "reassuring"),
    "remind": ("remind", "reminds", "reminded", "reminding"),
    "confide": ("confide", "confides", "confided", "confiding"),
    "confess": ("confess", "confesses", "confessed", "confessing"),
    "rebut": ("rebut", "rebuts", "rebuted", "rebuting"),
    "object": ("object", "objects", "objected", "objecting"),
    "correct": ("correct", "corrects", "corrected", "correcting"),
    "query": ("query", "queries", "queried", "querying"),
    "enquire": ("enquire", "enquires", "enquired", "enquiring"),
    "holler": ("holler", "hollers", "hollered", "hollering"),
    "howl": ("howl", "howls", "howled", "howling"),
    "drawl": ("drawl", "drawls", "drawled", "drawling"),
    "lisp": ("lisp", "lisps", "lisped", "lisping"),
    "croak": ("croak", "croaks", "croaked", "croaking"),
    "rasp": ("rasp", "rasps", "rasped", "rasping"),
    "grunt": ("grunt", "grunts", "grunted", "grunting"),
    "bemoan": ("bemoan", "bemoans", "bemoaned", "bemoaning"),
    "gripe": ("gripe", "gripes", "griped", "griping"),
    "grouse": ("grouse", "grouses", "groused", "grousing"),
    "fret": ("fret", "frets", "fretted", "fretting"),
    "rant": ("rant", "rants", "ranted", "ranting"),
    "rail": ("rail", "rails", "railed", "railing"),
    "seethe": ("seethe", "seethes", "seethed", "seething"),
    "boom": ("boom", "booms", "boomed", "booming"),
    "pronounce": ("pronounce", "pronounces", "pronounced", "pronouncing"),
    "intone": ("intone", "intones", "intoned", "intoning"),
    "specify": ("specify", "specifies", "specified", "specifying"),
    "stipulate": ("stipulate", "stipulates", "stipulated", "stipulating"),
    "aver": ("aver", "avers", "averred", "averring"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "attest": ("attest", "attests", "attested", "attesting"),
    "swear": ("swear", "swears", "swore", "swearing"),
    "threaten": ("threaten", "threatens", "threatened", "threatening"),
    "counsel": ("counsel", "counsels", "counseled", "counselled"),
    "posit": ("posit", "posits", "posited", "positing"),
    "speculate": ("speculate", "speculates", "speculated", "speculating"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "reminisce": ("reminisce", "reminisces", "reminisced", "reminiscing"),
    "narrate": ("narrate", "narrates", "narrated", "narrating"),
    "disclose": ("disclose", "discloses", "disclosed", "disclosing"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "divulge": ("divulge", "divulges", "divulged", "divulging"),
    "dispute": ("dispute", "disputes", "disputed", "disputing"),
    "rebuke": ("rebuke", "rebukes", "rebuked", "rebuking"),
    "reprimand": ("reprimand", "reprimands", "reprimanded", "reprimanding"),
    "chide": ("chide", "chides", "chided", "chiding"),
    "admonish": ("admonish", "admonishes", "admonished", "admonishing"),
    "berate": ("berate", "berates", "berated", "berating"),
    "lecture": ("lecture", "lectures", "lectured", "lecturing"),
    "preach": ("preach", "preaches", "preached", "preaching"),
    "jest": ("jest", "jests", "jested", "jesting"),
    "rave": ("rave", "raves", "raved", "raving"),
    "enthuse": ("enthuse", "enthuses", "enthused", "enthusing"),
    "exult": ("exult", "exults", "exulted", "exulting"),
    "crow": ("crow", "crows", "crowed", "crowing"),
    "gloat": ("gloat", "gloats", "gloated", "gloating"),
    "marvel": ("marvel", "marvels", "marveled", "marvelled"),
    "chirp": ("chirp", "chirps", "chirped", "chirping"),
    "coo": ("coo", "coos", "cooed", "cooing"),
    "purr": ("purr", "purrs", "purred", "purring"),
    "beg": ("beg", "begs", "begged", "begging"),
    "break in": ("break in", "breaks in", "broke in", "breaking in"),
    "cut in": ("cut in", "cuts in", "cutting in"),
    "call out": ("call out", "calls out", "called out", "calling out"),
    "blurt out": ("blurt out", "blurts out", "blurted out", "blurting out"),
    "issue a statement": ("issued a statement", "issues a statement", "issuing a statement",
                          "released a statement", "releases a statement",
                          "releasing a statement", "put out a statement",
                          "puts out a statement", "issued a press release",
                          "released a press release", "issued a release"),
    # tags of the novel and the wire that name a way of speaking (past forms:
    # the bare forms are nouns or other verbs, "an order", "to command a ship")
    "interpose": ("interposed",), "command": ("commanded",), "order": ("ordered",),
    "apologise": ("apologised", "apologized"), "falter": ("faltered",),
    "assent": ("assented",), "bawl": ("bawled",), "pant": ("panted",),
    "reproach": ("reproached",), "ejaculate": ("ejaculated",),
    "vociferate": ("vociferated",), "expostulate": ("expostulated",),
    "remonstrate": ("remonstrated",), "hazard": ("hazarded",),
    "volunteer": ("volunteered",), "prompt": ("prompted",), "propose": ("proposed",),
    "hint": ("hinted",), "question": ("questioned",),
    "soothe": ("soothed",), "console": ("consoled",), "beseech": ("besought", "beseeched"),
    "utter": ("uttered",), "recite": ("recited",), "mimic": ("mimicked",),
    "pray": ("prayed",), "curse": ("cursed",), "bluster": ("blustered",),
    "babble": ("babbled",), "chatter": ("chattered",), "prattle": ("prattled",),
    "quoth": ("quoth",),  # the old past of "say", before its subject: "quoth he"
}


def cue_forms_of(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form :data:`CUE_VERBS` lists for ``lemmas`` (``("reply",)`` gives
    *reply*, *replied*, *replies* …); a lemma it does not list gives none."""
    return frozenset(f for lemma in lemmas for f in CUE_VERBS.get(lemma, ()))


#: The cue verbs that report speech without quote marks (``Config(indirect=True)``):
#: verbs of saying and communicating whose complement is what was said
#: (``said a deal was close``, ``denied that …``, ``urged voters to …``,
#: ``criticized the plan``).  Left out, so that reported speech stays speech:
#: verbs of thinking, wishing and evidence (``think``, ``wonder``, ``surmise``,
#: ``estimate``, ``conclude``), verbs of manner or sound that tag a quote but
#: rarely take a clause (``laugh``, ``sigh``, ``growl``), and verbs of going on
#: (``continue``, ``begin``, ``resume``).
REPORT_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "announce", "argue", "assert", "claim", "contend", "declare", "deny",
     "explain", "insist", "maintain", "note", "point out", "predict", "promise", "pledge", "vow",
     "report", "reveal", "disclose", "divulge", "state", "stress", "emphasize", "suggest", "warn",
     "caution", "write", "tweet", "post", "email", "text", "acknowledge", "admit", "concede",
     "confess", "confirm", "complain", "boast", "brag", "recall", "recount", "reiterate",
     "repeat", "remark", "comment", "mention", "observe", "reply", "respond", "retort", "counter",
     "answer", "testify", "swear", "threaten", "urge", "ask", "inquire", "enquire", "demand",
     "accuse", "allege", "blast", "criticize", "condemn", "decry", "slam", "praise", "hail",
     "laud", "tout", "describe", "characterize", "call", "label", "brand", "cite", "clarify",
     "elaborate", "specify", "stipulate", "advise", "assure", "reassure", "remind", "affirm",
     "aver", "proclaim", "pronounce", "opine", "posit", "lament", "bemoan", "summarize",
     "issue a statement", "dispute", "rebut", "dismiss", "object", "protest", "plead", "beg",
     "implore", "entreat", "chide", "scold", "berate", "rebuke", "reprimand", "admonish",
     "deride", "mock", "weigh in", "interject", "confide", "speculate"}
)

#: Modals and auxiliaries: the finite verb of a clause when one follows a
#: subject (``they will hold``, ``Kelly has said``).
AUXILIARIES: frozenset[str] = frozenset(
    "is are was were has have had will would can could may might must shall should does did do"
    .split())

#: Nouns of saying that report speech before ``that``: ``Roe’s claim that …``.
REPORT_NOUNS: frozenset[str] = frozenset(
    {"claim", "claims", "assertion", "assertions", "statement", "statements", "warning",
     "warnings", "argument", "allegation", "allegations", "insistence", "suggestion",
     "prediction", "predictions", "contention", "charge", "charges", "accusation",
     "accusations", "announcement", "admission", "promise", "promises", "pledge", "vow",
     "remark", "remarks", "comment", "comments", "declaration", "denial", "assurance",
     "assurances", "complaint", "boast", "testimony", "proposal", "demand", "insinuation"}
)

#: Verbs whose object (the person told) stands between the cue and what was said.
REPORT_OBJECT_VERBS: frozenset[str] = frozenset(
    {"tell", "assure", "reassure", "remind", "warn", "advise", "urge", "ask", "inform",
     "caution", "beg", "implore", "entreat", "promise", "email", "text"}
)

#: Multi-word cues whose speaker follows them: ``according to NAME``.
CUE_PREPOSITIONS: tuple[str, ...] = ("according to", "in the words of")

#: Words that may stand between a speaker and a cue (``Rubio also said``).
CUE_ADVERBS: frozenset[str] = frozenset(
    {"also", "later", "then", "again", "once", "previously", "recently", "earlier", "further",
     "had", "has", "have", "has also", "would", "will", "did", "does", "do", "was", "is", "were",
     "often", "repeatedly", "simply", "quickly", "flatly", "bluntly", "angrily",
     "firmly", "softly", "quietly", "calmly", "reportedly", "publicly", "privately", "just",
     "herself", "himself", "themselves", "itself", "still", "now", "even", "never", "always",
     "has long", "had earlier", "in turn"}
)

# --------------------------------------------------------------------------
# Titles: the one table.  Every set of titles the package reads is derived
# from it (the mention patterns' TITLES, the gendered titles, the titles of
# direct address, and, in quoteattr._lexicon_sentences, the abbreviations
# the sentence splitter knows).
#
# Each row: (the title as written before a name, its gender: "m", "f" or "",
# its uses), the uses being letters:
#   n  looked for before a name by the mention patterns (TITLES)
#   a  used in direct address (``Yes, Mr. Lee,``): ADDRESS_TITLES
#   s  opens a sentence after an abbreviation (``at 6 p.m. Mr. Lee``): the
#      splitter's honorific sentence starters
# Every word of a title that ends in a period (``Lt. Gov.``) is an abbreviation
# for the sentence splitter, whatever the row's uses.
TITLE_TABLE: tuple[tuple[str, str, str], ...] = (
    ("President-elect", "", "n"), ("President", "", "n"), ("Vice President", "", "n"),
    ("Vice-President", "", "n"), ("Secretary of State", "", "n"),
    ("Secretary of Defense", "", "n"), ("Defense Secretary", "", "n"),
    ("Defence Secretary", "", "n"), ("Secretary of the Treasury", "", "n"),
    ("Treasury Secretary", "", "n"), ("Secretary-General", "", "n"),
    ("Secretary General", "", "n"), ("Director-General", "", "n"), ("Director General", "", "n"),
    ("Home Secretary", "", "n"), ("Foreign Secretary", "", "n"),
    ("Health Secretary", "", "n"), ("Press Secretary", "", "n"),
    ("White House Press Secretary", "", "n"), ("Attorney General", "", "n"),
    ("Deputy Attorney General", "", "n"), ("Solicitor General", "", "n"),
    ("Surgeon General", "", "n"), ("Inspector General", "", "n"),
    ("Secretary", "", "n"), ("Undersecretary", "", "n"),
    ("Under Secretary", "", "n"), ("Deputy Secretary", "", "n"), ("Assistant Secretary", "", "n"),
    ("Prime Minister", "", "n"), ("Deputy Prime Minister", "", "n"), ("Foreign Minister", "", "n"),
    ("Defence Minister", "", "n"), ("Defense Minister", "", "n"), ("Finance Minister", "", "n"),
    ("Interior Minister", "", "n"), ("Health Minister", "", "n"), ("Minister", "", "n"),
    ("Chancellor", "", "n"), ("Premier", "", "n"), ("Ambassador", "", "n"),
    ("Special Envoy", "", "n"), ("Envoy", "", "n"), ("Senator", "", "n"), ("Sen.", "", "n"),
    ("Sens.", "", "n"), ("Representative", "", "n"), ("Rep.", "", "n"), ("Reps.", "", "n"),
    ("Congressman", "m", "n"), ("Congresswoman", "f", "n"), ("Governor", "", "n"),
    ("Gov.", "", "n"), ("Lt. Gov.", "", "n"), ("Lieutenant Governor", "", "n"), ("Mayor", "", "n"),
    ("Speaker", "", "n"), ("House Speaker", "", "n"), ("Majority Leader", "", "n"),
    ("Minority Leader", "", "n"), ("Senate Majority Leader", "", "n"),
    ("Senate Minority Leader", "", "n"), ("House Majority Leader", "", "n"),
    ("House Minority Leader", "", "n"), ("Leader", "", "n"), ("Chairman", "m", "n"),
    ("Chairwoman", "f", "n"), ("Chair", "", "n"), ("Chief Executive", "", "n"), ("CEO", "", "n"),
    ("Director", "", "n"), ("Commissioner", "", "n"), ("Chief", "", "n"),
    ("Police Chief", "", "n"), ("Sheriff", "", "n"), ("Judge", "", "n"), ("Justice", "", "n"),
    ("Chief Justice", "", "n"), ("Attorney", "", "n"), ("District Attorney", "", "n"),
    ("Prosecutor", "", "n"), ("General", "", "n"), ("Gen.", "", "n"), ("Lt. Gen.", "", "n"),
    ("Maj. Gen.", "", "n"), ("Brig. Gen.", "", "n"), ("Admiral", "", "n"), ("Adm.", "", "n"),
    ("Colonel", "", "n"), ("Col.", "", "n"), ("Lt. Col.", "", "n"), ("Major", "", "n"),
    ("Maj.", "", "n"), ("Captain", "", "n"), ("Capt.", "", "n"), ("Lieutenant", "", "n"),
    ("Lt.", "", "n"), ("Sergeant", "", "n"), ("Sgt.", "", "n"), ("Officer", "", "n"),
    ("Detective", "", "n"), ("Agent", "", "n"), ("Dr.", "", "nas"), ("Dr", "", "n"),
    ("Doctor", "", "n"), ("Professor", "", "n"), ("Prof.", "", "n"), ("Rev.", "", "n"),
    ("Reverend", "", "n"), ("Father", "m", "n"), ("Pope", "", "n"), ("Bishop", "", "n"),
    ("Archbishop", "", "n"), ("Cardinal", "", "n"), ("Rabbi", "", "n"), ("Imam", "", "n"),
    ("Sheikh", "", "n"), ("King", "m", "n"), ("Queen", "f", "n"), ("Prince", "m", "n"),
    ("Princess", "f", "n"), ("Duke", "m", "n"), ("Duchess", "f", "n"), ("Lord", "m", "na"),
    ("Lady", "f", "na"), ("Sir", "m", "na"), ("Dame", "f", "n"), ("Emperor", "m", "n"),
    ("Empress", "f", "n"), ("Sultan", "m", "n"), ("Ayatollah", "", "n"), ("Coach", "", "n"),
    ("Mr.", "m", "nas"), ("Mrs.", "f", "nas"), ("Ms.", "f", "nas"), ("Miss", "f", "na"),
    ("Mr", "m", "n"), ("Mrs", "f", "n"), ("Ms", "f", "n"), ("Mx.", "", "n"), ("Messrs.", "m", "n"),
    ("Mme.", "f", "n"), ("Madame", "f", "n"), ("Mademoiselle", "f", "n"), ("Monsieur", "m", "n"),
    ("M.", "m", "n"), ("Herr", "m", "n"), ("Frau", "f", "n"), ("Aunt", "f", "na"),
    ("Uncle", "m", "na"), ("Cousin", "", "na"), ("Master", "m", "na"), ("Mistress", "f", "n"),
    ("Dean", "", "n"), ("Provost", "", "n"), ("Founder", "", "n"), ("Co-founder", "", "n"),
    ("Spokesman", "m", "n"), ("Spokeswoman", "f", "n"), ("Spokesperson", "", "n"),
    ("Candidate", "", "n"), ("Nominee", "", "n"), ("Councilman", "m", "n"),
    ("Councilwoman", "f", "n"), ("Councillor", "", "n"), ("Councilor", "", "n"),
    ("Delegate", "", "n"), ("Assemblyman", "m", "n"), ("Assemblywoman", "f", "n"),
    ("Trustee", "", "n"), ("Superintendent", "", "n"),
    # offices of a town, a school, a church and a force (not those that are common
    # surnames too, which a title alone would drop: Deacon, Constable, Nurse)
    ("Pastor", "", "n"), ("Sister", "f", "n"), ("Brother", "m", "n"), ("Principal", "", "n"),
    ("Alderman", "m", "n"), ("Alderwoman", "f", "n"), ("Treasurer", "", "n"),
    ("Comptroller", "", "n"), ("Auditor", "", "n"), ("Trooper", "", "n"),
    ("Inspector", "", "n"),
    # the other seats of a town's and a county's boards, and the abbreviated ranks
    # of a force and a church
    ("Councilmember", "", "n"), ("Council Member", "", "n"), ("Assemblymember", "", "n"),
    ("Supervisor", "", "n"), ("Selectman", "m", "n"), ("Selectwoman", "f", "n"),
    ("Chairperson", "", "n"), ("Controller", "", "n"), ("Fr.", "m", "n"), ("Cmdr.", "", "n"),
    ("Cpl.", "", "n"), ("Pvt.", "", "n"), ("Supt.", "", "n"), ("Insp.", "", "n"),
    ("Det.", "", "n"),
    # the British seats and ranks: a member of parliament, a councillor, a peer, a
    # detective chief inspector
    ("MP", "", "n"), ("Cllr", "", "n"), ("Cllr.", "", "n"), ("Baroness", "f", "n"),
    ("Baron", "m", "n"), ("DCI", "", "n"),
    # the ranks of a ship and an army written out (``Commander Ilse Varro``,
    # ``Corporal Dunn``, ``Ensign Pike``; not ``Private``, an adjective too)
    ("Commander", "", "n"), ("Corporal", "", "n"), ("Lance Corporal", "", "n"),
    ("Ensign", "", "n"), ("Sergeant Major", "", "n"), ("Petty Officer", "", "n"),
    # a clergyman's rank before his title of address (``the Reverend Mr. Oakes``)
    ("Reverend Mr.", "m", "n"), ("Rev. Mr.", "m", "n"), ("Reverend Dr.", "", "n"),
    ("Rev. Dr.", "", "n"),
    # the abbreviated offices and ranks of news copy (``Atty. Gen. Paula Irving``,
    # ``Amb. Lin``, ``Msgr. Kehoe``, ``Ofc. Diaz``), and the abbreviated modifiers
    # of a title (``Asst. Chief``, ``Dep. Chief``: see ROLE_MODIFIERS)
    ("Hon.", "", "n"), ("Atty.", "", "n"), ("Atty. Gen.", "", "n"), ("Amb.", "", "n"),
    ("Pres.", "", "n"), ("Sec.", "", "n"), ("Treas.", "", "n"), ("Sgt. Maj.", "", "n"),
    ("Msgr.", "m", "n"), ("Ald.", "", "n"), ("Ofc.", "", "n"), ("Asst.", "", ""),
    ("Dep.", "", ""),
    # not (yet) looked for before names by the mention patterns: abbreviations only
    ("Madam", "f", "a"), ("Mmes.", "f", ""), ("Mlle.", "f", ""),
    ("Govs.", "", ""), ("Brig.", "", ""),
)

#: Titles and roles that stand before a name, as written, in the table's order
#: (the mention patterns match them longest first).
TITLES: tuple[str, ...] = tuple(t for t, _, uses in TITLE_TABLE if "n" in uses)

#: Titles of direct address (``Yes, Mr. Lee,`` ``Good night, Madam.``).
ADDRESS_TITLES: tuple[str, ...] = tuple(t for t, _, uses in TITLE_TABLE if "a" in uses)

#: The table's titles that are abbreviations, as written without the final
#: period and with their case (``Sen``, ``Lt``): each word of a title that
#: ends in a period, longer than a single letter.
DOTTED_TITLES: tuple[str, ...] = tuple(dict.fromkeys(
    w[:-1] for t, _, _ in TITLE_TABLE for w in t.split() if w.endswith(".") and len(w) > 2))

#: Words that may precede a title (``former Secretary of State``,
#: ``Republican presidential candidate``); part of the role, not the name.
ROLE_MODIFIERS: tuple[str, ...] = (
    "former", "then", "then-", "acting", "interim", "outgoing", "incoming", "late",
    "Republican", "Democratic", "Democrat", "GOP", "Independent", "Libertarian", "Labour",
    "Conservative", "Liberal", "Green", "U.S.", "US", "American", "British", "French",
    "German", "Russian", "Chinese", "Ukrainian", "Israeli", "Iranian", "Indian", "Japanese",
    "presidential", "vice presidential", "Senate", "House", "White House", "state",
    "Deputy", "Assistant", "Associate", "Executive", "Senior", "Chief", "Top", "top",
    "party", "campaign", "Democratic presidential", "Republican presidential",
    "Former", "Then", "Acting", "Interim", "Outgoing", "Incoming", "Late", "Deputy",
    "the late", "New York", "city", "City", "county", "County", "State", "federal", "Federal",
    "Vice", "Asst.", "Dep.",
    # parties of Britain, Ireland, India and Australia (``Tory MP Bill Cash``,
    # ``SNP MP``, ``BJP leader``, ``Labor senator``)
    "Tory", "SNP", "Lib Dem", "Liberal Democrat", "DUP", "Plaid Cymru", "Sinn Fein",
    "Sinn Féin", "Reform UK", "BJP", "AAP", "Congress", "Labor", "Nationals", "Greens",
)

#: Lower-case role nouns that may stand before a name (``candidate Jane Roe``).
ROLE_NOUNS: tuple[str, ...] = (
    "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "businessman",
    "businesswoman", "billionaire", "developer", "lawmaker", "senator", "congressman",
    "congresswoman", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
    "president", "adviser", "advisor", "aide", "strategist", "pollster", "analyst",
    "economist", "manager", "chairman", "chairwoman", "director", "founder", "star",
    "actor", "actress", "singer", "rapper", "host", "anchor", "columnist", "commentator",
    "author", "historian", "professor", "scientist", "researcher", "lawyer", "attorney",
    "judge", "officer", "official", "leader", "activist", "organizer", "voter", "resident",
    "owner", "executive", "CEO", "secretary", "minister", "ambassador", "envoy",
    "rival", "challenger", "incumbent", "opponent", "running mate", "wife", "husband",
    "daughter", "son", "mother", "father", "brother", "sister",
    # the rest of a family and a household before a name (``his niece Fanny``)
    "niece", "nephew", "grandson", "granddaughter", "stepmother", "stepfather", "stepson",
    "stepdaughter", "governess",
    "member", "council member",
    "board member", "committee member", "party member", "House member", "chief of staff",
    "campaign manager", "press secretary", "communications director", "director",
    "senior adviser", "senior advisor", "political director", "state director",
    "deputy", "lawyer", "counsel", "general counsel", "co-chair", "vice chair",
    # offices and trades of local news (``City Engineer Paul Hsu``)
    "engineer", "teacher", "inspector", "detective", "prosecutor", "commissioner",
    "superintendent", "treasurer", "coach", "clerk", "auditor", "administrator",
    "coordinator", "editor", "correspondent", "reporter", "dean", "chancellor", "planner",
    "architect", "trustee", "regulator",
    # players, neighbours and trades of sports and feature stories (``Goalkeeper
    # Marco Ilic``, ``neighbor Ann Cole``): words that open no organisation's name
    "goalkeeper", "goalie", "striker", "quarterback", "pitcher", "midfielder", "defender",
    "catcher", "shortstop", "outfielder", "infielder", "linebacker", "cornerback",
    "receiver", "kicker", "punter", "reliever", "winger", "fullback", "batsman", "jockey",
    "golfer", "swimmer", "sprinter", "skier", "boxer", "wrestler", "cyclist", "gymnast",
    "skater", "referee", "umpire", "rookie", "teammate", "trainer", "neighbor",
    "neighbour", "tenant", "landlord", "student", "nurse", "driver", "pilot", "farmer",
    "veteran", "survivor", "chef", "surgeon", "paramedic", "firefighter", "pastor",
    "volunteer", "mechanic", "electrician", "plumber", "contractor", "designer", "artist",
    "musician", "producer", "writer", "novelist", "poet", "journalist", "photographer",
    # the trades and stations of British and Commonwealth news (``barrister Tom Reed``,
    # ``retired postman Derek Stubbs``, ``Brockley boss Gary Holt``)
    "boss", "barrister", "solicitor", "builder", "dentist", "lecturer", "pensioner", "vicar",
    "postman", "postwoman", "shopkeeper", "publican", "teenager", "schoolboy", "schoolgirl",
    "retiree", "widower", "nun", "vet", "cleaner", "carer", "porter", "waiter", "waitress",
    "bartender", "cashier", "baker", "butcher", "fisherman", "shepherd", "miner", "welder",
    "midwife", "psychologist", "psychiatrist", "therapist", "pharmacist", "accountant",
    "banker", "broker", "trader", "investor", "entrepreneur", "lobbyist", "campaigner",
    "protester", "academic",
)

#: Role nouns that fix gender and are not titles of the table
#: (``Republican businessman Tom Lee``).
_GENDERED_ROLE_NOUNS: dict[str, str] = {"businessman": "m", "businesswoman": "f"}

#: Honorifics and titles that fix gender: the lower-cased words of the
#: table's gendered titles, and the gendered role nouns.
MALE_TITLES: frozenset[str] = frozenset(
    [w.lower() for t, g, _ in TITLE_TABLE if g == "m" for w in t.split()]
    + [w for w, g in _GENDERED_ROLE_NOUNS.items() if g == "m"])
FEMALE_TITLES: frozenset[str] = frozenset(
    [w.lower() for t, g, _ in TITLE_TABLE if g == "f" for w in t.split()]
    + [w for w, g in _GENDERED_ROLE_NOUNS.items() if g == "f"])

# --------------------------------------------------------------------------
# Pronouns: form -> (gender, plural).  Gender "m", "f", or None.
PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "he": ("m", False), "she": ("f", False), "they": (None, True), "i": (None, False),
    "we": (None, True), "it": (None, False), "you": (None, False),
}
#: Object pronouns read as mentions where they name a speaker (``quoted him as
#: saying``): word -> (its subject form, the name the resolver reads; gender; plural?).
OBJECT_PRONOUNS: dict[str, tuple[str, str | None, bool]] = {
    "him": ("he", "m", False), "her": ("she", "f", False), "them": ("they", None, True),
}
#: Verbs of citing in wire copy's ``quoted X as saying`` / ``cited X as warning``.
CITING_VERBS: tuple[str, ...] = ("quoted", "quotes", "quoting", "cited", "cites", "citing")

# --------------------------------------------------------------------------
# Nominal speaker heads: ``the official``, ``a spokesperson for the ministry``.
NOMINAL_HEADS: dict[str, bool] = {
    # head -> plural?
    "official": False, "officials": True, "spokesman": False, "spokeswoman": False,
    "spokesperson": False, "spokespeople": True, "spokesmen": True, "representative": False,
    "representatives": True, "aide": False, "aides": True, "adviser": False, "advisers": True,
    "advisor": False, "advisors": True, "deputy": False, "deputies": True, "source": False,
    "sources": True, "analyst": False,
    "analysts": True, "expert": False, "experts": True, "economist": False, "economists": True,
    "diplomat": False, "diplomats": True, "lawmaker": False, "lawmakers": True,
    "senator": False, "senators": True, "minister": False, "ministry": False,
    "ministries": True, "department": False, "agency": False, "government": False,
    "administration": False, "campaign": False, "company": False, "firm": False,
    "group": False, "organization": False, "organisation": False, "committee": False,
    "commission": False, "council": False, "court": False, "police": True, "army": False,
    "military": False, "report": False, "statement": False, "study": False, "survey": False,
    "poll": False, "document": False, "letter": False, "memo": False, "lawsuit": False,
    "complaint": False, "ruling": False, "filing": False, "indictment": False,
    "president": False, "governor": False, "mayor": False, "candidate": False,
    "nominee": False, "senator's": False, "witness": False, "witnesses": True,
    "resident": False, "residents": True, "voter": False, "voters": True, "supporter": False,
    "supporters": True, "critic": False, "critics": True, "protester": False,
    "protesters": True, "officer": False, "officers": True, "prosecutor": False,
    "prosecutors": True, "investigator": False, "investigators": True, "lawyer": False,
    "lawyers": True, "attorney": False, "attorneys": True, "judge": False, "doctor": False,
    "doctors": True, "nurse": False, "scientist": False, "scientists": True,
    "researcher": False, "researchers": True, "leader": False, "leaders": True,
    "executive": False, "executives": True, "chief": False, "man": False, "woman": False,
    "men": True, "women": True, "boy": False, "girl": False, "stranger": False,
    "manager": False, "owner": False, "founder": False, "director": False, "chairman": False,
    "strategist": False, "strategists": True, "pollster": False, "activist": False,
    "activists": True, "board": False, "union": False, "party": False, "embassy": False,
    "office": False, "bureau": False, "newspaper": False, "network": False, "website": False,
    "lady": False, "gentleman": False, "servant": False,
    "democrat": False, "democrats": True, "republican": False, "republicans": True,
    "conservative": False, "conservatives": True, "liberal": False, "liberals": True,
    "member": False, "members": True, "person": False, "people": True, "student": False,
    "students": True, "worker": False, "workers": True, "veteran": False, "veterans": True,
    "friend": False, "friends": True, "neighbor": False, "neighbour": False,
    "colleague": False, "colleagues": True, "teacher": False, "employee": False,
    "employees": True, "staffer": False, "staffers": True, "insider": False,
    "insiders": True, "operative": False, "operatives": True, "observer": False,
    "observers": True, "delegate": False, "delegates": True, "donor": False,
    "donors": True, "fan": False, "fans": True, "volunteer": False, "volunteers": True,
    "organizer": False, "organizers": True, "chairmen": True, "chairwoman": False,
    "chair": False, "note": False, "sign": False, "email": False, "message": False,
    "release": False, "press release": False, "tweet": False, "post": False, "book": False,
    "article": False, "editorial": False, "op-ed": False, "column": False, "ad": False,
    "advertisement": False, "video": False, "narrator": False, "voice": False,
    "voiceover": False, "voice-over": False, "caption": False, "headline": False,
    "bill": False, "law": False, "order": False, "memoir": False, "cable": False,
    "spokesmen's": False, "aide's": False, "sheriff": False, "coroner": False,
    "secretary": False, "ambassador": False, "envoy": False, "commander": False,
    "general": False, "soldier": False, "soldiers": True, "father": False, "mother": False,
    "husband": False, "wife": False, "son": False, "daughter": False, "brother": False,
    "sister": False, "aunt": False, "uncle": False, "nephew": False, "niece": False,
    "cousin": False, "grandfather": False, "grandmother": False, "grandson": False,
    "granddaughter": False, "widow": False, "family": False, "families": True,
    "host": False, "anchor": False, "reporter": False, "reporters": True,
    "journalist": False, "journalists": True, "author": False, "writer": False,
    "historian": False, "professor": False, "pastor": False, "priest": False,
    "owner's": False, "businessman": False, "businesswoman": False, "mogul": False,
    # people by office, trade or part in a story
    "treasurer": False, "treasurers": True, "chancellor": False, "chancellors": True,
    "commissioner": False, "commissioners": True,
    "superintendent": False, "superintendents": True, "congressman": False, "congressmen": True,
    "congresswoman": False, "congresswomen": True, "councilman": False, "councilmen": True,
    "councilwoman": False, "councilwomen": True, "councillor": False, "councillors": True,
    "alderman": False, "aldermen": True, "legislator": False, "legislators": True,
    "colonel": False, "colonels": True, "captain": False, "captains": True,
    "lieutenant": False, "lieutenants": True, "sergeant": False, "sergeants": True,
    "detective": False, "detectives": True, "inspector": False, "inspectors": True,
    "constable": False, "constables": True, "admiral": False, "admirals": True,
    "warden": False, "wardens": True, "ranger": False, "rangers": True,
    "firefighter": False, "firefighters": True, "paramedic": False, "paramedics": True,
    "physician": False, "physicians": True, "surgeon": False, "surgeons": True,
    "victim": False, "victims": True, "survivor": False, "survivors": True,
    "farmer": False, "farmers": True, "driver": False, "drivers": True,
    "pilot": False, "pilots": True, "bishop": False, "bishops": True,
    "rabbi": False, "rabbis": True, "imam": False, "imams": True,
    "opponent": False, "opponents": True, "lobbyist": False, "lobbyists": True,
    "editor": False, "editors": True, "columnist": False, "columnists": True,
    "commentator": False, "commentators": True, "correspondent": False, "correspondents": True,
    "negotiator": False, "negotiators": True, "mediator": False, "mediators": True,
    "regulator": False, "regulators": True, "auditor": False, "auditors": True,
    "trustee": False, "trustees": True, "clerk": False, "clerks": True,
    "registrar": False, "registrars": True, "magistrate": False, "magistrates": True,
    "barrister": False, "barristers": True, "solicitor": False, "solicitors": True,
    "defendant": False, "defendants": True, "plaintiff": False, "plaintiffs": True,
    "suspect": False, "suspects": True, "prisoner": False, "prisoners": True,
    "inmate": False, "inmates": True, "player": False, "players": True,
    "consultant": False, "consultants": True, "boss": False, "bosses": True,
    "king": False, "kings": True, "queen": False, "queens": True,
    "prince": False, "princes": True, "princess": False, "princesses": True,
    "pope": False, "popes": True, "cardinal": False, "cardinals": True,
    "CEO": False, "sponsor": False, "sponsors": True, "cosponsor": False, "co-sponsor": False,
    # the people of a household, a parish, an inn and the road, by their place
    # in a story: antecedents of "he" and "she" as any description of a person
    # (singular only: "Monks", "Parsons", "Knights" are surnames as often)
    "rector": False, "vicar": False, "curate": False, "parson": False, "chaplain": False,
    "monk": False, "nun": False, "squire": False, "baronet": False, "butler": False,
    "maid": False, "housekeeper": False, "governess": False, "landlord": False,
    "landlady": False, "innkeeper": False, "shopkeeper": False, "waiter": False,
    "porter": False, "gardener": False, "cook": False, "sailor": False, "merchant": False,
    "banker": False, "labourer": False, "laborer": False, "peasant": False, "beggar": False,
    "tutor": False, "schoolmaster": False, "visitor": False, "guest": False,
    "companion": False, "bride": False, "widower": False, "emperor": False, "empress": False,
    "duke": False, "duchess": False, "countess": False, "baron": False, "knight": False,
    "lad": False, "lass": False, "youngster": False, "mistress": False, "clergyman": False,
    "nobleman": False, "footman": False, "coachman": False, "postman": False, "cabman": False,
    "tradesman": False, "workman": False, "thief": False, "child": False,
    # nobility, a household, trades and the road (singular: one person each)
    **dict.fromkeys("""earl marquis marquess viscount baroness steward valet housemaid
        nursemaid milkmaid waitress hostess abbess abbot friar deacon hermit pilgrim sultan
        shepherd beadle sexton blacksmith carpenter fishmonger grocer dressmaker seamstress
        milliner laundress washerwoman charwoman lodger stepmother stepfather godmother
        godfather suitor spinster orphan urchin vagrant robber highwayman pirate smuggler
        gaoler jailer turnkey warder watchman sentry gamekeeper poacher huntsman ostler
        postmistress schoolmistress pupil apprentice herald apothecary midwife
        matron""".split(), False),
}

#: Nouns of saying whose possessor said the quote after them: "Roe’s claim
#: that it was “a fraud”", "his warning that …", "her description of it as “…”".
QUOTE_NOUNS: frozenset[str] = REPORT_NOUNS | frozenset(
    """conclusion conclusions description descriptions characterization reference references
    words call calls answer reply response retort explanation plea appeal question questions
    criticism criticisms attack attacks praise threat threats slogan motto mantra catchphrase
    promise vow pledge boast quip joke refrain message""".split())

#: Nominal heads that are writings or recordings, not people: a participle after
#: one that is a verb's object ("Roe released a statement saying …") reports its
#: issuer, the clause's subject; opening its clause ("A report released on Monday
#: said …") it is the source itself.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    """report statement study survey poll document letter memo lawsuit complaint ruling
    filing indictment note sign email e-mail message release tweet post book article
    editorial op-ed column ad advertisement video caption headline bill memoir cable
    recording transcript speech interview""".split())

#: Nominal heads that are bodies, places or writings, never a person: an
#: appositive name after one ("the paper, The Sun,") is not a person's name.
NOT_PERSON_HEADS: frozenset[str] = DOCUMENT_HEADS | frozenset(
    """ministry ministries department agency government administration campaign company
    firm group organization organisation committee commission council court army military
    board union party embassy office bureau newspaper paper network website magazine
    station channel show program programme city town county state country province
    region capital village district university college school church""".split())

#: Lower-case nouns that end in -ly like an adverb: a description may end with
#: one ("the head of the family"), where an -ly adverb after a description is
#: not part of it ("said the ferryman wearily").
LY_NOUNS: frozenset[str] = frozenset(
    """family families assembly assemblies supply supplies rally rallies bully bullies
    belly jelly folly holly lily homily monopoly anomaly butterfly dragonfly reply
    daily dailies weekly weeklies monthly quarterly melancholy""".split()
)

#: Plural nouns of people and bodies that may speak as a group with no
#: determiner, right before a cue (``Farmers say``, ``Both unions said``), beside
#: the plural heads of NOMINAL_HEADS.  Read only next to a cue: elsewhere a bare
#: plural (``the ladies``, ``her children``) is no speaker mention.
SPEAKER_PLURALS: frozenset[str] = frozenset(
    """
    ministers departments agencies governments campaigns companies firms groups
    organisations committees commissions councils courts presidents governors mayors
    candidates nominees judges nurses chiefs boys strangers managers owners founders
    pollsters boards unions parties neighbors neighbours teachers ambassadors envoys
    commanders generals hosts authors writers historians professors pastors priests
    ladies gentlemen servants persons parents children citizens farmers villagers locals
    passengers survivors victims relatives advocates allies rivals backers patients
    jurors regulators authorities negotiators inspectors physicians engineers investors
    bankers shareholders customers tenants drivers pilots scholars academics campaigners
    legislators editors commentators columnists correspondents pundits specialists
    agents detectives demonstrators pupils troops firefighters rescuers miners fishermen
    organisers attendees shopkeepers merchants retailers businesses commuters motorists
    cyclists pedestrians protestors marchers strikers unionists nationalists separatists
    rebels militants insurgents fighters guards medics paramedics clinicians
    epidemiologists plaintiffs defendants petitioners environmentalists conservationists
    homeowners landlords renters buyers sellers vendors growers ranchers producers
    manufacturers exporters importers airlines insurers lenders automakers carmakers
    developers builders contractors architects planners
    countries nations delegations members
    proponents opponents skeptics sceptics families employers progressives evangelicals
    """.split()
)

#: Quantifiers that may open a plural description with no determiner before a
#: cue: ``Both unions said``, ``Most delegates told``, ``Dozens of residents say``.
QUANTIFIERS: tuple[str, ...] = (
    "both", "most", "all", "many", "several", "some", "few", "a few", "various",
    "numerous", "other", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozens of", "hundreds of", "thousands of", "scores of", "a number of",
    "a handful of", "a group of", "a couple of", "a majority of", "the majority of",
    "some of the", "many of the", "most of the", "all of the", "both of the",
)

#: Determiners that open a nominal mention.
DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "other",
    "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
)

#: The last words of a firm's name: how it is held (``Inc.``, ``Plc``, ``Group``) or
#: what it does (``Airlines``, ``Energy``, ``Shipping``); after one, the name is a
#: body's, and its first word alone is the firm (``Peabody Energy`` … ``Peabody``)
FIRM_ENDS: frozenset[str] = frozenset(
    """Inc. Inc Corp. Corp Corporation Company Co. Ltd Ltd. LLC LLP Plc PLC AG GmbH Group
    Holdings Partners Airlines Airways Motors Energy Capital Systems Technologies
    Pharmaceuticals Industries Shipping Bancorp Financial Insurance Petroleum Steel Mining
    Brands Stores Foods Laboratories Communications Entertainment Software Electric Ventures
    Investments""".split())

#: Capitalised head words that make a proper name an organisation (and every
#: firm's last word, :data:`FIRM_ENDS`).
ORG_HEADS: frozenset[str] = frozenset(
    {"Kremlin", "Pentagon", "White House", "Downing Street", "Elysee", "Élysée", "Vatican",
     "Ministry", "Department", "Agency", "Administration", "Office", "Commission",
     "Committee", "Council", "Court", "Senate", "House", "Congress", "Parliament",
     "Assembly", "Party", "Campaign", "Foundation", "Institute", "University", "College",
     "School", "Association", "Union", "Federation", "League", "Bank", "Fund", "Times",
     "Post", "Journal", "News", "Press", "Reuters", "Bureau", "Service", "Authority",
     "Board", "Police", "Army", "Navy", "Force", "Guard", "Command", "Embassy", "Mission",
     "Organization", "Organisation", "Network", "Center", "Centre", "Coalition", "Movement",
     "Church", "Hospital", "Tribunal", "FBI", "CIA", "NSA", "NATO", "UN", "EU",
     "IMF", "WHO", "DNC", "RNC", "GOP", "AP", "CNN", "BBC", "NBC", "CBS", "ABC", "Fox",
     "Google", "Facebook", "Twitter", "Microsoft", "Apple", "Amazon", "Treasury", "Cabinet",
     "Academy", "Society", "Chamber", "Alliance", "Trust",
     # bodies of every kind: clubs, caucuses, programmes, forces, governments,
     # newspapers' names (``Sierra Club``, ``Congressional Black Caucus``,
     # ``Marine Corps``, ``Chicago Tribune``, ``Department of Veterans Affairs``,
     # ``Our Principles PAC``)
     "Club", "Caucus", "Conference", "Forum", "Institution", "Initiative", "Project",
     "Program", "Programme", "Services", "Affairs", "Security", "Clinic", "Library",
     "Laboratory", "Lab", "Labs", "Railway", "Railroad", "Studios", "Media", "Associates",
     "Corps", "Brigade", "Regiment", "Battalion", "Legislature", "Government", "Republic",
     "Kingdom", "Diocese", "Archdiocese", "Synagogue", "Mosque", "Herald", "Tribune",
     "Gazette", "Chronicle", "Magazine", "Telegraph", "Observer", "Inquirer", "Examiner",
     "Sentinel", "Bulletin", "Courier", "Monitor", "PAC",
     # places: never a "he" or "she"
     "County", "City", "State", "Street", "Avenue", "River", "Lake", "Island", "Valley",
     "Park", "Square", "Bay", "Beach", "Mountain", "Mountains", "Airport", "Station",
     "Place", "Road", "Gardens", "Terrace", "Crescent", "Bridge", "Manor", "Cottage", "Farm",
     "Abbey", "Palace", "Castle", "Cathedral", "Museum", "Theatre", "Theater", "Hotel"}
) | FIRM_ENDS

#: Prepositions: a description's head is its last word before one (``spokesperson
#: for the ministry``), and a mention after one is an oblique.
PREPOSITIONS: frozenset[str] = frozenset(
    """of to in on at by for with from about against into onto upon over under
    between among through during without within toward towards than like after
    before behind beside besides near via across around beyond despite per""".split())

#: The auxiliaries of a passive before a participle (``was praised``).
PASSIVE_AUXILIARIES: tuple[str, ...] = ("is", "was", "were", "are", "be", "been", "being")

#: Words of nation, people and faith that modify a noun (``Quaker stock``,
#: ``an Italian servant``): before a lower-case word, no name.
DEMONYMS: frozenset[str] = frozenset(
    """Quaker Catholic Protestant Anglican Methodist Baptist Presbyterian Lutheran Jewish
    Muslim Christian Hindu Buddhist Sikh Italian Spanish Dutch Irish Scottish Scotch Welsh
    English European African Asian Arab Arabic Persian Greek Roman Turkish Polish Swedish
    Norwegian Danish Swiss Austrian Belgian Portuguese Mexican Canadian Australian Cuban
    Korean Vietnamese Pakistani Afghan Syrian Iraqi Egyptian Saudi Palestinian Lebanese
    Nigerian Kenyan Brazilian Argentine Chilean Colombian Venezuelan Hungarian Czech Serbian
    Croatian Romanian Bulgarian Finnish Scandinavian Latin Victorian Parisian Londoner
    Bohemian Prussian Bavarian Venetian Florentine Neapolitan Tuscan Cockney""".split())

#: Nouns for a person of a nation (``the Spaniard said``, ``said the
#: Nigerian``): after *the*, a description, no name (``quoteattr._mentions``).
PERSON_DEMONYMS: frozenset[str] = frozenset(
    """American Briton Englishman Englishwoman Scot Scotsman Scotswoman Welshman Welshwoman
    Irishman Irishwoman Frenchman Frenchwoman Spaniard Dutchman Dutchwoman German Italian
    Russian Swede Dane Norwegian Finn Pole Czech Slovak Slovene Hungarian Austrian Belgian
    Portuguese Greek Turk Israeli Palestinian Iranian Iraqi Syrian Egyptian Moroccan
    Algerian Tunisian Saudi Lebanese Jordanian Nigerian Kenyan Ghanaian Ethiopian
    Senegalese Cameroonian Ugandan Zimbabwean Australian Canadian Mexican Brazilian
    Argentine Argentinian Chilean Colombian Venezuelan Peruvian Uruguayan Ecuadorian Cuban
    Jamaican Chinese Japanese Korean Indian Pakistani Bangladeshi Afghan Ukrainian Serb
    Croat Bosnian Romanian Bulgarian Armenian Belarusian Lithuanian Latvian Estonian
    Icelander Kiwi Filipino Indonesian Malaysian Thai Vietnamese""".split())

#: Regions named by a point of the compass: after *the* (``the South had won``)
#: a place, never a speaker (``West said`` may be a person).
COMPASS_REGIONS: frozenset[str] = frozenset(
    "North South East West Midwest Northeast Northwest Southeast Southwest Orient".split())

#: Platforms and media that a quote appears *on*, never speakers.
NOT_SPEAKERS: frozenset[str] = frozenset(
    {"X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "Truth Social", "Telegram",
     "Reddit", "LinkedIn", "Threads", "Bluesky", "Medium", "Substack", "CNN", "Fox News",
     "MSNBC", "NBC", "CBS", "ABC", "BBC", "NPR", "Reuters", "AP", "AFP", "Getty Images",
     "Getty", "Image Credit", "Photo", "Photograph", "Credit"}
)

# --------------------------------------------------------------------------
# Capitalised words that do not start a name even when capitalised.
#: Days and months in lower case, and the months' abbreviations (without the stop).
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday")
MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july",
                           "august", "september", "october", "november", "december")
MONTH_ABBREVIATIONS: tuple[str, ...] = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                        "sept", "oct", "nov", "dec")

NOT_NAME_WORDS: frozenset[str] = frozenset(
    """a an the and but or nor so yet for if then than when while after before since until
    as at by in on of to from with without into onto upon about above below over under
    between among through during against across around behind beyond near despite
    this that these those there here where what which who whom whose why how
    it its he she they we i you him her them us me my our your his their
    is are was were be been being am do does did has have had will would shall should
    can could may might must not no yes yet all any each every some many much more most
    other another such only also even just still both either neither
    oh ah well now why yes no please thank thanks dear sir madam
    according said says told asked added however meanwhile still instead indeed perhaps
    amid amidst among despite following regarding concerning unlike like including
    first second third last next one two three four five six seven eight nine ten
    chapter volume part book section
    mr mrs ms dr
    although though whereas whereat whereupon wherein thus hence therefore within again
    because unless whether lest till whilst whenever wherever whoever whatever whichever
    poor dearest darling
    later earlier soon afterwards afterward nevertheless nonetheless moreover furthermore
    otherwise besides anyway sometimes often once twice having being
    nothing something everything anything everyone someone nobody somebody everybody
    anyone seconds minutes hours days weeks months years decades moments
    already maybe yesterday tomorrow overall
    outside inside upstairs downstairs overhead nearby abroad somewhere elsewhere tonight
    outdoors indoors everywhere anywhere nowhere ahead beneath underneath overseas
    opposite beside toward towards along alongside past throughout via
    wow oops ok okay hey alas hooray ugh whoa yikes hmm huh bravo amen hello goodbye""".split()
    # and every quantifier of one word: "Several countries called it …", "Few
    # voters say …" (a quantifier heads a description, never a name); days and months
) | {q for q in QUANTIFIERS if " " not in q} | set(WEEKDAYS) | set(MONTHS) \
    | set(MONTH_ABBREVIATIONS)

# --------------------------------------------------------------------------
# Given names with a strong gender, for pronoun agreement: these short lists
# (names of many languages, read wherever a name starts with one), and the
# 1990 US census's given names that nine in ten of their bearers share a
# gender with (quoteattr._given_names; GIVEN_MALE and GIVEN_FEMALE below, read
# only before a surname).  Unknown names agree with any pronoun.  A name
# ending in -a before a surname is taken for a woman's
# (quoteattr._mentions._gender_of): the men's names that end so, from many
# languages, are listed among the men's.
MALE_NAMES: frozenset[str] = frozenset(
    """aaron abraham adam adrian ahmed alan albert alex alexander alexei ali andrew andy
    anthony antonio arthur barack ben benjamin bernie bill billy bob boris brad brandon
    brian bruce carl carlos charles charlie chris christopher chuck colin dan daniel darren
    dave david dennis dick don donald doug douglas dmitry ed eddie edward emmanuel eric
    ernest evan frank franklin fred frederick gary george gerald giuseppe gordon greg
    gregory hank harold harry henry howard hugh ian isaac ivan jack jacob jake james jamie
    jared jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan
    jorge jose joseph josh joshua juan justin karl keith ken kenneth kevin larry lee
    leonard lindsey louis luis marco marcus mario mark martin matt matthew max michael
    mike mitch mitt mohammed muhammad narendra nathan neil nicholas nick nigel noah oliver
    omar oscar patrick paul pete peter philip phil rahm ralph rand raul ray reince richard
    rick rob robert rodrigo roger ron ronald roy rudy rupert russell ryan sam samuel scott
    sean sergei sergey shinzo simon stephen steve steven ted terry thomas tim timothy tom
    tony vladimir walter wayne william willie xi yuri zach edmund edgar henry
    noah leonard philip
    musa isa issa moussa mustafa yahya hamza osama usama taha reza mojtaba murtaza mirza
    zakaria juma raila kgalema nana bola alpha luca luka nicola nikola andrea mattia
    joschka nikita ilya ilia sasha misha dima kolya vanya mykola mika jukka pekka juha
    akira krishna aditya ravindra rajendra surendra mahendra jitendra devendra ezra
    joshua august
    ramesh suresh rajesh mahesh dinesh ganesh mukesh naresh rakesh umesh arjun rahul amit
    anil sanjay vijay deepak sunil ashok manoj pradeep vikram rohan karan nikhil sachin
    rohit harish girish prakash arvind anand ajay vinod kwame kofi kwabena kwaku chinedu
    emeka obinna chukwuma ikenna adebayo oluwaseun babatunde olusegun tunde tariq khalid
    yusuf youssef ibrahim bilal faisal imran farhan jamal karim nasser rashid saeed walid
    ziad seamus ciaran padraig eoin declan cormac fergal niall oisin callum calum alistair
    hamish fergus ewan angus lachlan rory kenji hiroshi takeshi haruto kenta hideki
    josiah ambrose horace reginald augustus bertram clement cuthbert ebenezer erasmus
    ezekiel gervase ichabod jasper jeremiah lionel marmaduke nathaniel obadiah percival
    peregrine quentin roderick silas septimus theodore tobias ulysses wilfred algernon
    archibald barnaby bartholomew benedict cyril egbert everard felix jem ned
    liam ethan aiden jayden caleb lucas dylan elijah mateo sebastian jaxon harvey alfie
    archie freddie theo leo finn kieran rhys dafydd owain""".split()
)
FEMALE_NAMES: frozenset[str] = frozenset(
    """abigail alice april june alison amanda amy andrea angela angelina ann anna anne annie barbara
    betsy betty beth beverly brenda carla carly carol caroline carrie catherine cathy
    charlotte cheryl christine claire clara cynthia dana daniela debbie deborah debra
    diana diane donna dorothy elaine eleanor elena elinor elizabeth ellen elise emily emma
    erin eva evelyn fanny frances gina gloria grace hannah harriet heather helen hillary
    ivanka jacqueline jane janet janice jean jennifer jessica jill joan joanna jodi joy
    joyce judith judy julia julie karen kate katherine kathleen kathy katie kay kayleigh
    kelly kellyanne kim kimberly kristen laura lauren linda lisa liz lois lucy lydia lynn
    madeleine margaret maria marianne marie marilyn martha mary megan melania melissa
    michelle monica nancy natalie nicole nikki olivia pam pamela patricia paula peggy
    rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie
    susan suzanne tammy teresa theresa tina tracy ursula valerie victoria virginia wendy
    mabel nellie edith agnes
    vaishali sunita priya lakshmi anjali kavita pooja neha deepika shreya divya swati aarti
    nisha rekha meena asha usha geeta seema ritu shilpa sneha nkechi ngozi chiamaka adaeze
    chioma funmilayo folake yetunde abena akosua efua zainab khadija maryam amina samira
    leila yasmin rania aoife niamh aoibheann catriona mhairi eilidh roisin ciara saoirse
    orla sinead grainne yoko keiko yumiko akiko naoko haruka
    isabel isabella isobel kitty amelia rosamund letitia lavinia arabella georgiana
    cecilia sophia louisa henrietta augusta bessie bess nell nelly polly molly dolly
    hetty lizzie lottie maud maude ethel beatrice ada adela adelaide dorothea dora flora
    honoria imogen jemima keziah matilda mildred miriam penelope philippa priscilla rhoda
    rosalind sybil sibyl tabitha winifred blanche evelina gertrude hester hilda jessie
    lettice lilian lily madeline millicent nora phoebe selina theodosia
    chloe zoe zoey ava mia ella layla hazel stella leah hailey kayla jasmine brianna
    gabriella isabelle natalia valentina camila lucia sofia ruby freya poppy daisy esme
    maisie aisha fatima amara ayesha""".split()
)

# --------------------------------------------------------------------------
# Animacy, for pronoun agreement (:mod:`quoteattr._discourse`): what may be
# ``he`` or ``she``.  An entity of unknown gender is a person only when it looks
# like one: a personal name, a title, or a description whose head is a person.

#: Heads of descriptions that name a body, a place, a text or a thing, never a
#: person: ``the ministry``, ``the council``, ``a statement`` (never ``he``/``she``;
#: a body may be ``it`` or ``they``).
NON_PERSON_HEADS: frozenset[str] = frozenset(
    """ministry ministries department departments agency agencies government governments
    administration administrations campaign campaigns company companies firm firms group
    groups organization organizations organisation organisations committee committees
    commission commissions council councils court courts police army armies military
    navy report reports statement statements study studies survey surveys poll polls
    document documents letter letters memo memos lawsuit lawsuits complaint complaints
    ruling rulings filing filings indictment indictments board boards union unions party
    parties embassy embassies office offices bureau bureaus newspaper newspapers paper
    papers network networks website websites note notes sign signs email emails message
    messages release releases tweet tweets post posts book books article articles
    editorial editorials op-ed column columns ad ads advertisement advertisements video
    videos voice voices voiceover voice-over caption captions headline headlines bill bills
    law laws order orders memoir memoirs cable cables team teams club clubs school schools
    university universities college colleges institute institutes hospital hospitals
    church churches bank banks fund funds station stations magazine magazines channel
    channels agreement deal plan plans policy proposal proposals budget city cities town
    towns village villages country countries state states nation nations county counties
    region regions province provinces district districts capital parliament congress
    senate house assembly cabinet regime coalition alliance movement federation league
    association authority authorities service services tribunal panel jury
    family families crowd audience public press media industry market markets economy
    world houses room rooms car cars ship ships""".split()
)

#: Animals, machines and the weather: heads of descriptions that make sounds
#: (``The dog barked.``, ``the kettle hissed``, ``the wind howled``) and never
#: words, so a verb of saying next to one tags no quote (a person *barks* an
#: order, a dog does not speak one).
SOUND_MAKERS: frozenset[str] = frozenset(
    """dog dogs cat cats horse horses pony mare stallion donkey mule cow cows sheep goat
    goats pig pigs hound hounds puppy puppies kitten kittens wolf wolves fox bird birds
    parrot parrots crow crows owl owls rooster hen hens goose geese duck ducks frog frogs
    cricket crickets gull gulls
    kettle engine engines motor motors machine machines clock clocks bell bells phone
    telephone radio television tv alarm siren sirens horn horns whistle car cars train
    trains truck trucks bus tram door doors gate hinge hinges floorboard floorboards
    wind winds rain thunder storm sea waves wave surf tide stream river brook fire flames
    leaves trees""".split())

#: Heads of descriptions that name a person: ``the minister``, ``a spokeswoman``,
#: ``the old man`` (beside the person nouns among the titles and role nouns).
#: A head not listed here or in NON_PERSON_HEADS is a person when it has the
#: shape of an agent noun (-er, -or, -ist, -ian, -man, -woman, -ess).
PERSON_HEADS: frozenset[str] = frozenset(
    """official head spokesman spokeswoman spokesperson representative aide adviser advisor
    source analyst expert economist diplomat lawmaker senator minister president governor
    mayor candidate nominee witness resident voter supporter critic protester officer
    prosecutor investigator lawyer attorney judge doctor nurse scientist researcher leader
    executive chief man woman boy girl stranger manager owner founder director chairman
    chairwoman chair strategist pollster activist democrat republican conservative liberal
    member person student worker veteran friend neighbor neighbour colleague teacher
    employee staffer insider operative observer delegate donor fan volunteer organizer
    sheriff coroner secretary ambassador envoy commander general soldier father mother
    husband wife son daughter brother sister host anchor reporter journalist author writer
    historian professor pastor priest businessman businesswoman mogul lady gentleman
    servant narrator child baby youth king queen prince princess duke duchess lord count
    countess baron baroness knight captain colonel major lieutenant sergeant admiral
    bishop vicar rector curate clergyman maid housekeeper butler footman cook
    governess clerk landlord landlady inspector detective constable magistrate physician
    surgeon patient guest visitor hostess uncle aunt nephew niece cousin grandfather
    grandmother widow widower bride groom fellow youngster lad lass partner incumbent
    rival challenger opponent deputy counsel hopeful frontrunner front-runner billionaire
    developer star actor actress singer rapper columnist commentator ceo mp
    coach guard pilot chef referee umpire athlete midwife nanny mom dad mum grandma
    grandpa granny medic paramedic firefighter rescuer survivor driver farmer player
    trainer skipper striker goalkeeper keeper defender fisherman miner sailor nun monk
    rabbi imam cleric chaplain tenant landowner shopkeeper baker butcher carpenter plumber
    electrician mechanic engineer architect artist poet musician dancer painter waiter
    waitress bartender barman porter janitor caretaker gardener shepherd""".split()
)

#: Verbs whose subject is a person (an animal at most), never a place, a house
#: or an abstraction: gestures, looks, feelings and thoughts (``Vane nodded``,
#: ``Parsons hesitated``), past and third-person forms.  A name seen before one
#: of them is a person's (``quoteattr._discourse._shown_a_person``).  Verbs a
#: building or a town shares (``looked``, ``lay``, ``turned``, ``shook``) are
#: not listed; the motion verbs are, only with a particle of entering or leaving
#: (:data:`PERSON_MOTION_VERBS`).
PERSON_VERBS: frozenset[str] = frozenset(
    """nodded nods smiled smiles laughed laughs grinned grins frowned frowns shrugged shrugs
    sighed sighs waved waves winked winks glanced glances stared stares blushed blushes
    bowed bows knelt kneels wept weeps hesitated hesitates hurried hurries whispered
    whispers listened listens waited waits wondered wonders hoped hopes decided decides
    remembered remembers noticed notices realized realizes realised realises agreed agrees
    refused refuses kissed kisses married marries answered answers replied replies
    thought thinks knew knows wanted wants understood understands stood sat""".split()
)
#: Motion verbs whose subject is a person when a particle of entering, leaving
#: or approaching follows (``Parsons came in``, ``Ivo went out``; not
#: ``Christmas came``).
PERSON_MOTION_VERBS: frozenset[str] = frozenset(
    "came comes went goes got gets walked walks ran runs looked looks slipped slips stepped "
    "steps strode strides crept creeps rushed rushes wandered wanders limped limps".split())
PERSON_MOTION_PARTICLES: frozenset[str] = frozenset(
    "in into out up down back over across away at round around toward towards".split())
#: A person's doings in the progressive (``Orrin was sitting by the fire``): after
#: *was* or *were*, the subject is a person.
PERSON_PROGRESSIVES: frozenset[str] = frozenset(
    """sitting standing kneeling reading writing smoking waiting walking talking smiling
    laughing crying weeping staring listening watching thinking sleeping dozing frowning
    whistling humming knitting sewing pacing""".split())
#: Verbs whose object is a person (``I met Rowan``, ``she thanked Dunmore``):
#: a name right after one is a person's.
PERSON_OBJECT_VERBS: frozenset[str] = frozenset(
    """met meets greeted greets thanked thanks kissed kisses hugged hugs embraced embraces
    married marries told tells asked asks introduced introduces""".split()
)

#: Places that a text names with a bare capitalised word or two, and that are
#: never ``he`` or ``she``: countries, their capitals and largest cities, the US
#: states, continents and regions.  Lower case.
PLACE_NAMES: frozenset[str] = frozenset(w.replace("_", " ") for w in
    """afghanistan albania algeria argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma
    cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia
    denmark ecuador egypt england eritrea estonia ethiopia europe finland france gaza
    germany ghana greece guatemala haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan kazakhstan kenya korea kosovo
    kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg macedonia
    madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique
    myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
    palestine panama paraguay peru philippines poland portugal qatar romania russia
    rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan
    sweden switzerland syria taiwan tajikistan tanzania thailand tibet tunisia turkey
    turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia
    zimbabwe africa asia america americas antarctica australasia eurasia
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont
    wisconsin wyoming
    london paris berlin moscow beijing tokyo washington brussels kyiv kiev baghdad
    tehran damascus cairo jerusalem ankara istanbul rome madrid lisbon athens vienna
    warsaw budapest prague geneva delhi mumbai karachi kabul islamabad seoul pyongyang
    manila jakarta bangkok hanoi sydney toronto ottawa montreal chicago boston
    philadelphia detroit atlanta miami houston dallas denver seattle manhattan brooklyn
    baltimore pittsburgh cleveland cincinnati milwaukee minneapolis phoenix
    new_york new_jersey new_hampshire new_mexico north_carolina south_carolina
    north_dakota south_dakota west_virginia rhode_island united_states united_kingdom
    united_nations saudi_arabia south_africa north_korea south_korea new_zealand
    sri_lanka hong_kong los_angeles san_francisco san_diego las_vegas new_orleans
    silicon_valley wall_street capitol_hill middle_east latin_america soviet_union
    puerto_rico costa_rica el_salvador""".split()
)

#: The census's given names that are also words of other kinds in text, and
#: so tell no gender: places (``Houston``, ``Israel``), titles and descriptions
#: (``Major``, ``Queen``, ``Son``), organisations' heads (``Abbey``), and months,
#: days and function words (``May``, ``Will``).
_NOT_GIVEN: frozenset[str] = (
    PLACE_NAMES | {t.lower().rstrip(".") for t in TITLES} | set(NOMINAL_HEADS)
    | {h.lower() for h in ORG_HEADS} | {w.lower() for w in NOT_NAME_WORDS})
#: Men's and women's given names of the 1990 US census (lower case), less the
#: lexicon's own of the other gender (``Sasha``, ``Nikita``: a man's name
#: elsewhere).  Read only as the first word of a name of two words or more (a
#: given name before a surname): on its own a word of these lists is as often a
#: surname (``Darcy``, ``Norris``, ``Grant``: ``Mrs. Norris``).
GIVEN_MALE: frozenset[str] = _given.CENSUS_MALE - _NOT_GIVEN - FEMALE_NAMES
GIVEN_FEMALE: frozenset[str] = _given.CENSUS_FEMALE - _NOT_GIVEN - MALE_NAMES

#: Adjectives by which a description sets a person apart from one named before
#: (``the other teacher``, ``a second teacher``, ``the strange man``): such a
#: description is someone else
SETS_APART: frozenset[str] = frozenset(
    "other second third fourth fifth new first next last strange unknown different another "
    "same former latter".split())

#: Heads of descriptions that show their person's gender (``his wife``, ``the
#: old gentleman``), for pronoun agreement: ``m`` or ``f``.  Descriptions whose
#: head ends in -man or -woman get their gender when they are found.
GENDERED_HEADS: dict[str, str] = {
    **dict.fromkeys(
        """husband father brother son uncle nephew grandfather grandson king prince duke
        lord baron count earl knight sir gentleman boy lad fellow bachelor widower groom
        bridegroom monk priest abbot emperor marquis marquess viscount steward valet
        sultan friar stepfather godfather""".split(), "m"),
    **dict.fromkeys(
        """wife mother sister daughter aunt niece grandmother granddaughter queen princess
        duchess lady baroness countess dame madam girl lass maid maiden widow bride nun
        abbess governess actress hostess waitress mistress heiress landlady housekeeper
        empress housemaid nursemaid milkmaid seamstress laundress stepmother godmother
        spinster postmistress schoolmistress midwife matron""".split(), "f"),
}

#: Posts a story's world has one holder of, whom it calls by the post alone,
#: capitalised (``said the Squire``, ``the Vicar looked up``), besides the titles.
STORY_POSTS: tuple[str, ...] = (
    "Squire", "Vicar", "Rector", "Curate", "Parson", "Magistrate", "Commodore", "Skipper",
    "Marshal", "Abbot", "Abbess", "Prior", "Warden", "Headmaster", "Headmistress", "Matron")

#: Words of kinship a child calls a parent by (``“Yes, Mamma.”``), and the
#: parent's gender.
PARENT_NAMES: dict[str, str] = {
    **dict.fromkeys("mom mum mommy mummy mama mamma ma mother".split(), "f"),
    **dict.fromkeys("dad daddy papa pa father".split(), "m"),
}
#: Words of kinship a family uses as a name (``Mom says``, ``Dad snorts``,
#: ``Grandpa nodded``), and the gender each shows.
KIN_NAMES: dict[str, str] = {
    **PARENT_NAMES,
    **dict.fromkeys("grandma granny gran grandmother".split(), "f"),
    **dict.fromkeys("grandpa grandad granddad grandfather".split(), "m"),
}

#: Pet forms of English given names that are not a shortening of their letters
#: (``Meg`` of Margaret, ``Bill`` of William, ``Polly`` of Mary; ``Tom`` of Thomas
#: and ``Len`` of Leonard are read by their letters, see ``_exchanges``), from the
#: common tables of English hypocorisms: pet form -> the full names it stands for.
PET_NAMES: dict[str, tuple[str, ...]] = {
    pet: tuple(full.split("/"))
    for pet, full in (line.split() for line in """
        meg margaret
        peg margaret
        peggy margaret
        maggie margaret
        madge margaret
        bill william
        billy william
        will william
        willie william
        bob robert
        bobby robert
        dick richard
        rick richard
        jack john
        johnny john
        ned edward/edmund
        ted edward/theodore
        teddy edward/theodore
        harry henry/harold
        hal henry
        hank henry
        polly mary
        molly mary
        mamie mary
        nell helen/ellen/eleanor
        nelly helen/ellen/eleanor
        nellie helen/ellen/eleanor
        bess elizabeth
        bessie elizabeth
        betsy elizabeth
        betty elizabeth
        lizzy elizabeth
        lizzie elizabeth
        libby elizabeth
        kitty catherine/katherine
        kit catherine/katherine/christopher
        kate catherine/katherine
        fanny frances
        jenny jane/jennifer
        sally sarah
        patty martha/patricia
        patsy martha/patricia
        nancy ann/anne/anna
        dolly dorothy
        sukey susan/susanna
        jim james
        jimmy james
        jem james
        tony anthony
        charley charles
        charlie charles
        chuck charles
        nick nicholas
        archie archibald
        bertie albert/herbert/bertram
        lottie charlotte
        hatty harriet
        hattie harriet
        ginny virginia
        gus augustus
        sandy alexander/alexandra
        """.split("\n") if line.strip())
}
