"""Every confidence and window of the attribution stage, named, each with its why.

A *confidence* is what a rule says about the quotes it decides; a *window* is
how far (in characters, words, mentions or paragraphs) a rule or the discourse
model looks.  They live here, one place, so that a change to one is a change
to a named value and not to a literal buried in a rule.  The confidences are
the precision each rule was designed for (a cue right next to a name is near
certain; a speaker carried over from a neighbour is weaker); the reliability
page of the docs compares them with the share measured right.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Confidences: what a rule's decision is worth

#: ``“…,” Roe said.``: a cue right after the quote with a name or nominal subject.
TRAILING_NAMED = 0.95
#: ``“…,” he said.``: the same with a pronoun subject (resolution may still err).
TRAILING_PRONOUN = 0.9
#: ``“…,” Roe surmised.``: an ``-ed`` verb the lexicon lacks, in the shape of a tag.
TRAILING_UNKNOWN_VERB = 0.8
#: ``“…,” said Roe.``: the cue first, the speaker after it.
TRAILING_INVERTED = 0.95
#: ``Roe said: “…”``: a cue before the quote, close to it.
LEADING_NEAR = 0.9
#: ``Roe said on Monday, after a long pause and …, “…”``: the cue far from the quote.
LEADING_FAR = 0.75
#: ``Said Roe: “…”``: the speaker named right after a leading cue.
LEADING_AFTER_CUE = 0.8
#: A possessed noun of saying before the quote (``Roe’s claim that “…”``): the
#: possessor is named, or is a possessive pronoun (his, her, their).
SPEECH_NOUN_NAMED = 0.85
SPEECH_NOUN_PRONOUN = 0.7
#: A noun of saying after the quote (``“…,” was her reply.``, ``“…,” came the answer
#: from Roe.``): its possessor, or the one named after *from*.
TRAILING_NOUN = 0.85
#: Factor for a subject found by its place (the clause's first mention), not next to the cue.
SUBJECT_BY_PLACE = 0.8
#: ``“…” the senator, who …, said on Monday.``: the first cue later in the sentence.
LATER_IN_SENTENCE = 0.7
#: The same with the speaker named after that cue.
LATER_AFTER_CUE = 0.65
#: ``Jane Roe: “…”``: a name labelling the quote after a colon (no verb).
COLON_LABEL = 0.6
#: A quotation reopened after a paragraph break carries on its speaker.
CONTINUED_QUOTE = 0.85
#: ``Roe told the crowd:`` ending the previous paragraph.
COLON_INTRO_CUE = 0.8
#: ``The Daily Ledger reports:``-like intros with no cue the lexicon knows.
COLON_INTRO_LABEL = 0.6
#: ``“We're not going anywhere.”`` / ``That was the message from Mayor Linda Chu …``:
#: a quote-only paragraph that the next paragraph names as someone's words.
NAMED_AFTER = 0.75
#: ``“A,” Roe said. “B.”``: B shares the previous quote of its paragraph.
SAME_PARAGRAPH_PREVIOUS = 0.75
#: ``“A.” “B,” Roe said.``: A shares the next quote of its paragraph.
SAME_PARAGRAPH_NEXT = 0.7
#: … either, when that quote's speaker is a weaker guess (a turn the exchange model
#: decided, an action beat): a value of its own, so that its measured share is kept apart.
SAME_PARAGRAPH_WEAK = 0.59
#: An untagged quote next to narration about a person in its paragraph (an action beat);
#: measured on pdnc.dev: 79 of 127 right.
ACTION_BEAT = 0.62
#: An untagged turn decided by the exchange model, with two people present …
#: (designed values; what users see is measured per value, :mod:`quoteattr._calibration`.
#: On pdnc.dev with the scene model: 0.81 right with two present, 0.63 with three,
#: 0.62 with more, 0.55-0.61 with fewer than two known present)
TURN_TWO = 0.63
#: … three …
TURN_THREE = 0.56
#: … more, or fewer than two known present.
TURN_MORE = 0.5
#: When fewer than two people take part in an exchange, the people its narration
#: names stand in as participants, at most this many of them (the most recently named) …
SCENE_STAND_INS = 2
#: … and an untagged turn decided among them is a guess (on pdnc.dev about half
#: right; a value of its own, so that its measured share is kept apart).
TURN_STAND_IN = 0.47
#: Turns from the nearest tagged turn up to which an untagged turn is "near" …
TURN_NEAR = 3
#: … and what its confidence loses beyond (on pdnc.dev: 0.67 right within three turns
#: of a tag, 0.62 beyond).
TURN_FAR_DROP = 0.05
#: A quote-only paragraph continuing the previous paragraph's speaker (news habit).
CONTINUATION = 0.65
#: A quote-only paragraph after a paragraph about someone.
NARRATION_SUBJECT = 0.5
#: Any cue with a subject elsewhere in the paragraph.
PARAGRAPH_CUE = 0.5
#: A fragment in a sentence whose subject is a person, with no speech cue.
SENTENCE_SUBJECT = 0.45
#: A nested quote whose speaker is named (and known) inside the outer quote.
NESTED_KNOWN = 0.7
#: A nested quote whose speaker is named inside the outer quote but not known elsewhere.
NESTED_UNKNOWN = 0.5
#: A decision that gives no speaker (scare quotes, titles, nested quotes with no cue).
NO_SPEAKER = 0.0
#: Ceiling for a decision whose speaker is a pronoun that resolved to nobody.
UNRESOLVED_PRONOUN_CAP = 0.5

#: A quote passes its speaker on to a neighbour only when decided at least
#: this surely: below it (narration subjects, paragraph cues) a wrong speaker
#: would spread.  Its own name: it is a threshold, not any rule's output.
PROPAGATION_THRESHOLD = 0.6

#: The exchange model's weights (log-odds-like scores summed along a path of turns).
#: The previous turn's speaker speaks again at once (rare: a new paragraph is a new speaker) …
W_SAME_SPEAKER = -3.0
#: … or after narration between: then as likely as anyone (the narration is often the
#: listener's reaction, and the speaker goes on).
W_SAME_SPEAKER_GAP = 0.0
#: The speaker two turns back speaks again: the alternation of a conversation.
W_ALTERNATE = 1.0
#: The narration between two turns says the other did not answer (``There was no
#: reply``, ``She made no answer``): the speaker goes on, ahead of the alternation
#: (W_SAME_SPEAKER_SILENCE > W_ALTERNATE), unless a call or a beat says otherwise.
W_SAME_SPEAKER_SILENCE = 2.0
#: Someone other than the last two speakers: a third voice.
W_THIRD_VOICE = -1.0
#: The person the previous turn called by name answers (ahead of the alternation even
#: when a third voice: W_ADDRESSED + W_THIRD_VOICE > W_ALTERNATE; on pdnc.dev the person
#: called is the next speaker 266 times of 468 detected calls).
W_ADDRESSED = 3.0
#: The person a turn calls by name spoke the turn just before (a reply names whom it
#: answers; on pdnc.dev the person called spoke the turn before 406 times of 881 calls).
#: Not a call the narration makes by turning to someone (``turned to Bess``).
W_CALLED_BACK = 1.0
#: A turn does not call its own speaker by name.
W_CALLS_ITSELF = -4.0
#: A turn seldom names its own speaker in the third person (``“I told Jon so.”`` is
#: rarely Jon's): on pdnc.dev a speaker's name stands in the flow of their own words
#: (``_exchanges._NAME_IN_FLOW``) in 0.09% of quotes, another person's in 0.84% (per
#: person), a ratio near e^-2.2.
W_NAMES_ITSELF = -2.0
#: The person the narration just before the turn is about speaks it (an action beat).
W_BEAT = 1.0
#: A turn speaks to its listener by a form of address of one gender (``Yes, sir.``,
#: ``Thank you, ma'am.``), and the turn before was given to someone of the other: the
#: listener is most often the last speaker, and a reply to oneself is as unlikely
#: (W_SAME_SPEAKER).
W_ADDRESS_MISFIT = W_SAME_SPEAKER
#: A participant not present at the turn (see the scene model in ``quoteattr._exchanges``):
#: not yet named, addressed or narrated in the scene by the next turn, or seen leaving.
W_ABSENT = -3.0

# --------------------------------------------------------------------------
# Windows: how far each rule and the discourse model look

#: Characters of a parenthesis between a name and its cue: ``Jane Roe (D-Ohio) said``.
SUBJECT_PAREN = 40
#: Characters of an appositive between a name and its cue: ``Roe, a nurse, said``.
SUBJECT_APPOSITIVE = 120
#: Farthest back (characters from the verb) a cue's subject is looked for past
#: other mentions: an appositive or relative clause with a parenthesis and a time.
SUBJECT_REACH = SUBJECT_APPOSITIVE + SUBJECT_PAREN + 40
#: Characters between a possessed noun of saying and its quote: ``his claim that the
#: plan would leave the city with “nothing but debt”``.
SPEECH_NOUN_REACH = 120
#: Characters between a leading cue and its quote: ``told reporters on Monday: “…”``.
LEAD_GAP = 60
#: Characters before a quote in which ``so-called`` and its kin mark a scare quote.
SCARE_LOOKBACK = 40
#: Words at most in a quote taken for a title (``“Morning Field”``).
TITLE_MAX_WORDS = 10
#: Characters either side of a title-like quote read to tell a headline line.
HEADLINE_CONTEXT = 300
#: Characters after a mention in which a trailing cue is looked for.
TRAILING_CUE_REACH = 160
#: Characters of an adverbial that may open a clause before its subject (``Eight years ago,``).
OPENER_PHRASE = 40
#: Characters of a subordinate clause or a participle's phrase that may open a
#: sentence before its subject (``Asked whether the team could still make the
#: playoffs, Falk shrugged.``): a clause, longer than an adverbial.
SUBORDINATE_CLAUSE = 80
#: Characters at most between a clause's start and the mention that opens it.
CLAUSE_OPENING = 60
#: Characters between a mention and a following cue for it to count as the cue's subject.
NEXT_TO_CUE = 40
#: Characters between a cue and a following mention for it to count as the cue's subject.
AFTER_CUE = 2
#: Characters after a cue in which a role may precede the name: ``said former governor Ann Lee``.
ROLE_REACH = 50
#: Words at most of that role.
ROLE_WORDS = 5
#: Characters before a colon that may hold a label: ``Jane Roe: “…”``.
COLON_LABEL_REACH = 20
#: Characters before a quote read for the punctuation that makes it a sentence of its own.
SENTENCE_HEAD = 3
#: Words from which a quote is a sentence of its own rather than a fragment.
SENTENCE_WORDS = 6
#: Earlier cues a participle (``noting``) may share its subject with.
PARTICIPLE_CHAIN = 4
#: Characters either side of a quote whose cues ``paragraph_cue`` reads (paragraphs may be huge).
PARAGRAPH_CUE_REACH = 1500
#: Characters inside the outer quote read for a nested quote's cue.
NESTED_LOOKBACK = 200
#: Paragraphs of narration between two turns beyond which they are two exchanges (a scene break).
SCENE_BREAK = 2
#: Paragraphs of narration before an exchange's first turn read for who is present
#: (fewer when a chapter heading or a section mark comes first).
SCENE_LOOKBACK = 3
#: Characters at most of a paragraph that may be a chapter heading or a section mark.
HEADING_CHARS = 40
#: People at most taken as the participants of an exchange (an exchange holds no more
#: people tagged apart: a run of turns is cut before a tag that would make it).
EXCHANGE_PEOPLE = 8
#: Mentions a possessive pronoun before a noun of saying looks back through for
#: the person it stands for (``her claim that …``, quotes and reported speech).
PRONOUN_MENTIONS = 40

# --------------------------------------------------------------------------
# Reported speech (``Config(indirect=True)``, :mod:`quoteattr._reported`)

#: ``Roe said a deal was close.``: a verb of saying, its subject opening the clause.
REPORT_AFTER_CUE = 0.85
#: The same with a pronoun subject.
REPORT_AFTER_CUE_PRONOUN = 0.8
#: ``A deal is close, Roe said.``: the speaker's tag after a comma.
REPORT_BEFORE_CUE = 0.85
#: The same with a pronoun subject.
REPORT_BEFORE_CUE_PRONOUN = 0.8
#: ``… the voters who say a deal is close``: a relative pronoun the subject, its
#: antecedent not a mention (the record names the ``who``, and no speaker).
REPORT_RELATIVE = 0.6
#: ``According to Roe, a deal is close.``
REPORT_ACCORDING_TO = 0.85
#: ``…, according to exit polls``: a source that is no person (the record names it, no speaker).
REPORT_ACCORDING_TO_SOURCE = 0.6
#: ``Roe’s claim that a deal is close``.
REPORT_NOUN = 0.7
#: ``Her claim that a deal is close``: a possessive pronoun, resolved to the latest
#: mention before it that agrees with it.
REPORT_NOUN_PRONOUN = 0.6
#: ``Asked by Roe whether a deal was close, …``: the asker named after a passive's *by*.
REPORT_ASKED_BY = 0.7
#: ``Ann Lee: Deal Is Close``: a name and a colon opening a paragraph.
REPORT_HEADLINE = 0.7
#: Characters after a cue in which ``that`` (``whether``, ``if``) may open what is reported:
#: ``said on Monday in a long interview that …``.
REPORT_THAT_REACH = 120
#: Words at most of a time, place or medium after a cue that tags what came before
#: (``said on Monday in a statement.``).
REPORT_ADVERBIAL_WORDS = 7
#: Characters from a paragraph's start in which a headline's colon is looked for.
REPORT_LABEL_REACH = 60
#: Fewest words after the last quotation, when none stands before or between the
#: quotations, for a content to be reported speech (``“…” and a deal was close``),
#: not a quotation with a tag's adverbial (``“…” on Monday``).
REPORT_MIN_OUTSIDE = 3
#: Fewest words a reported content has (``said no.`` reports nothing worth a record).
REPORT_MIN_WORDS = 2

#: Sentences that name no one an action beat's person may stand before, in the
#: narration before a quote (``Jess picks up a can. The label has worn away.
#: “…”``: Jess's): one, as a beat is one sentence about a person and what they
#: touch or see.
BEAT_SENTENCES = 1
#: How far into the paragraph after a quote-only paragraph its first sentence is
#: read for the one who made the remarks (``Sen. Koval, a Democrat, made the
#: remarks …``): a sentence's subject, an appositive and the verb.
NAMED_AFTER_REACH = 200
