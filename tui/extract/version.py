"""The extractor's version, apart from the rules so a cache lookup need not import them."""

#: Bump when a rule changes what it produces: cached analyses key on it.
#: 1.3.1: articles over 20,000 characters are parsed in paragraph pieces.
#: 1.4.0: date facts carry TimeML values and types (durations, sets, ranges); time zones join their times;
#:        coreference links, one label per entity, names linked by aliases, first words and short forms.
#: 1.5.0: events from an ACE/KAIROS-typed inventory (verbs, nouns, multi-word predicates), factuality,
#:        casualty counts, one event told several times merged.
#: 1.5.1: event participants through the coreference links; statement speakers after the quote.
#: 1.5.2: bare weekdays read back unless a verb points forward; frequencies ("twice a week") are sets;
#:        clock times told in the past stay on or before publication; "3 p.m." keeps its point;
#:        undecided months lean back; "Good evening" and "the morning talk show" are no times;
#:        "Friday, Oct. 13", "late yesterday afternoon", "mid-afternoon yesterday" are one expression;
#:        "a week or so ago" reads as "a week ago"; "midnight" is T24:00 (not "mid" + night);
#:        "days later" is PXD (no count told); "the last half of 1989", "the first half of this year" are halves;
#:        headline infinitives ("Storm to hit coast Saturday") point forward.
#: 1.5.3: names run together ("Trump-Biden", "Twitter West") are split; score digits, "pro-" modifiers and
#:        "State of" are no part of a name; names of bodies go on after "for" ("... Foundation for the Visual Arts");
#:        nicknames, initials, company suffixes and "US Senate"/"U.S. Senate" join one entity; "Brexit" is an event.
#: 1.5.4: holidays ("Christmas", "Thanksgiving"), "half an hour", "two years from now", "the end of the week";
#:        ages in months and fractions ("a quarter of") are no durations; "$50,000 a year" is a set;
#:        without a publication date "Friday" is XXXX-WXX-5; wire datelines anchor "today";
#:        clock times with a zone follow the story's day; "two years later" counts from the story's year.
#: 1.5.5: "later that year" is the year last told; a past-tense clause is not anchored to a day still to come;
#:        a day and month within two months of publication is the nearest one, across New Year too;
#:        a clock time takes the day written right after it ("2:49 a.m. local time (7:49 a.m. UTC) on Saturday");
#:        "the next morning", "the previous night" are TIMEs of the day after/before the story's; "the 1800s" is
#:        century 18; "the day before yesterday", "this past weekend", "earlier in the week", "2013/03/21";
#:        "ten years later" after a day is a year; "months later", "a few years earlier" are lengths (PXM, PXY);
#:        "the fourth quarter of last year", "the previous quarter", "the second half of the year", "winter 2012-13", "FY2013";
#:        a verb joined to a scheduled one, "may", "is to be" and "as soon as" point forward;
#:        "Tuesday next week" is that week's; "the day after" is a day after the story's, as "the day before";
#:        two-digit years ("March '09"); "Dec. 18, a Wednesday": the weekday is that day; "this weekend" told in
#:        the past on a weekday is the one just gone; "the week of March 11" (2013-W11), "Friday the 15th".
#: 1.5.6: names inside names ("Southern Indiana" in "University of Southern Indiana") and names written
#:        with their place or party ("Seattle, Washington", "James To of the Democratic Party") are
#:        extra mentions marked ``nested``; "on Twitter the Federal Aviation Administration" is two names.
#: 1.6.0: a quote's ``speaker`` is who spoke by name (the mention naming them in full, or what a description
#:        stands for); the words at the cue are ``speaker_local`` (the evidence), linked by ``speaker_rule``;
#:        pronouns agree in gender (titles in apposition count, pronouns beside a name do not), the one asked
#:        answers, "He said" goes back to the one reporting; names in apposition speak; a document's issuer
#:        ("a NATO press release", "the complaint" of the party that sued), none for bare "reports";
#:        a quoted question keeps its speech verb after the marks.
#: 1.6.1: clock times and year ranges the model reads as numbers ("about 19:00", "2017–2018"), the end
#:        year of "from 2006 to 2014", "today" it left out; the words it left out or ran on ("This month's", "that
#:        same year", "Early in the month", "tomorrow a day", "the past few years Minetest", "June 12, minutes",
#:        "several months this year", "Tuesday, yesterday", "10–19 year olds from 2005"); "two hours and 30
#:        minutes" is one PT2H30M; quarters as lengths are P2Q; "every other year" P2Y, "every summer", "every few
#:        years", "On Sundays" are sets; titles ("60 Minutes"), "Day" alone, light years and ages after "aged"
#:        are no times; years naming an event ("the 2019 ... Championships") are.
#: 1.6.2: a weekday listed after another in the week's order ("on Friday and Saturday") is the next day of its name;
#:        "May last year", "early March this year" (the calendar parser read "May" as the verb); "the business
#:        daily reported", "the Alwan daily newspaper" are newspapers, not sets; "at 1430 GMT" is a clock time;
#:        "is due to arrive Sunday", "are likely to resume Monday" point forward; "the past half-century" is P50Y.
#: 1.6.3: race results ("in 2:14:04") are lengths, not times of day; "the 2000's" is a decade (200, as "the 2000s"),
#:        "the end of the century" the century of publication; "the last couple of weeks" is found (P2W);
#:        month-days the model calls events ("the March 3 Super Tuesday primaries"), "Super Tuesday" is no
#:        Tuesday, "as recently as 2015" is only 2015, "the day before the fitting", "midday tomorrow" (the day
#:        word now moves the clock's day); days without a year soon after a full date of another year take
#:        that story's year ("on December 16, 2010 ... December 27"); years the model calls numbers after
#:        "by", "in", "since" ("by 2045"); "Saturday 8:00 p.m." and "4:53 a.m Thursday morning" are one time;
#:        "more than two thousand years" P2L, "almost a hundred years" P100Y; "a quarter before 11 a.m." 10:45; a
#:        length ends at its unit ("the first four hours 185 thousand"); "Fridays for Future" is a name;
#:        "Last year August 8" is one day.
#: 1.6.4: a day hanging from a plan told in the past ("said it would vote Friday", "vowed to attack Sunday",
#:        "announced plans to list in October") lies ahead of the day the plan was told (the day its sentence
#:        named, else the day before publication), as does a schedule in the present under a past "said" and
#:        the day a past forecast is for ("forecast demand Monday"); "due on Friday", "expires in February",
#:        "starting Monday", "beginning in June" and "from August 6" (no range after it) point forward; "That
#:        June" after 1989 is June 1989, "March 9 of that year" in the year told; "in 2020 ... the previous year"
#:        is 2019; "Sales in 2023 rose from a year earlier" is 2022 (a year told in the same sentence); "the
#:        1990's" is the decade 199; "at 8pm the next day" is on the day after the story's; "the latter half of
#:        the year" is H2.
#: 1.6.5: wire clocks in local time ("0800 local time") are times, a wire clock joins its day ("2300 GMT Thursday");
#:        "overnight" is the night before the story's day; "a three-year period", "the days ahead", "years-long"
#:        marked whole, "Three days later" and "a two day" trimmed to the length, "the first nine months of 1997"
#:        split; "the Six-Day War" is a name; "a fortnight", "at least 20 more years", "another year",
#:        "two-and-a-half years" read; "every morning" XXXX-XX-XXTMO; "Monday and Tuesday nights" two sets.
#: 1.6.11: a told length and its signal ("Forty years later", "more than two decades earlier") is the length (P40Y, P20Y);
#:        "for some time", "for a while" are lengths of no told size (PXX); "(2053 Wednesday night, UTC)" is
#:        the time 20:53 of that Wednesday, not the year 2053; "a quarter before 11 a.m." is one time again;
#:        "7:37 p.m. local time" is one expression, as "5 p.m. EST" is; "shortly before midnight" is "midnight";
#:        "once a week" is one set; "weeks or months" is one length (PXW), "recent weeks and months" PAST_REF;
#:        "(could) last days" is the length "days"; "with 1:29 remaining" is a length (PT1M29S), not 01:29;
#:        "a 10-second blast" is PT10S ("second" after a count is the unit, not the ordinal); "Half an hour later" PT30M;
#:        lengths the model leaves out ("over a week", "at least 20 more years", "several quarters") are found;
#:        "at least 23 hours per day", "24 hours a day" are sets (P1D); "will one day be" is FUTURE_REF;
#:        "roughly every 3.4 months" is a set (P3.4M); "running a month behind" finds "a month";
#:        "0300 UTC Monday morning" is one time.
#: 1.6.12: a date before a dateline's dash ends at the dash ("March 21, 2013 -- Cyprus"); a dateline after a
#:        headline or byline line, or without a place, gives the filing day; a weekday between the dateline and
#:        the creation time is that day; a headline at the top of the body tells the past in the present;
#:        "ended Oct. 10" is "Oct. 10"; "That fall" after 1994 is 1994-FA; a VBP "hurt", "cut", "hit" (written as
#:        its past) does not point ahead, nor does a bare participle ("the ceasefire ... held through Sunday");
#:        "Fri Mar 22, 2013" keeps its month; "said on Thursday he plans to" is the day it was said; "as Election
#:        Day drew closer" is ahead; "today's world" is PRESENT_REF; "``Tomorrow" opening a quote is a date.
#: 1.6.13: a clock with "last night" is on the night before; "FY24", "FY 2012-13" are fiscal years; "in the autumn",
#:        "that weekend" are found; "8:30 p.m. (0130 GMT Friday)" is Thursday evening, and a past weekday with a zone
#:        may be the day after publication; a past weekday just after a dated story of another time follows that
#:        day; "today" said on an earlier day named in its sentence, or quoted in a story of days before, is that
#:        day (so are "yesterday" and "tomorrow" from it, and a quoted "today" said on a day named after the
#:        quote); "the following day" moves the story on; "lasted until late Sunday" looks back; "By Wednesday,
#:        markets had fallen" in a narrative is ahead; "was expected Saturday" is ahead of the telling; "between
#:        late November and early December" runs forward; "the autumn of 2022" is 2022-FA; "that night" is found;
#:        "(8:30 p.m. EST" leaves its bracket out.
#: 1.6.14: "Last night," and other relative days the model leaves out are found (not in title case: "CBS This
#:        Morning"); "the next fortnight" is P2W; "at most two weeks" is one length; "the past year and a half" P1Y6M;
#:        "on March 4 and 5" is two dates, the second in the first one's month; "four years earlier" is a length
#:        (P4Y, as "12 days earlier"); "at the end of the day," and "beyond his years" are idioms, no timex;
#:        Waitangi Day, St Andrew's, St George's and St David's Days, Burns Night, Juneteenth, World AIDS Day and
#:        Holocaust Memorial Day are their calendar days.
#: 1.6.15: a reported clause opening with a bracket keeps it ("said [the talks] were useful"); mentions made of
#:        symbols alone (flag emoji, "،", "#") and names shouted among common words in capitals ("I WON THIS
#:        ELECTION, BY A LOT!") are no entities; a name set in capitals by a dateline ("NAPA COUNTY") is named
#:        as running text writes it ("Napa County").
#: 1.6.16: what TimeML annotators leave untagged is no date fact: "daily" before a noun ("average daily volume"),
#:        "the foreseeable future", "future" qualifying a noun ("the future investigations"), ages written without
#:        "-old" ("her 11-month daughter", "10-19 year olds") and "a quarter as much"; "the latest period" is found
#:        (the reported quarter).
#: 1.6.17: one table of time zones (time_zones.py) for every date and entity rule: a zone one rule knew, all
#:        know ("0930 KST", "1430 MSK", "10 p.m. AET", "0300 JST Monday" are times; "7:38 pm IST" one TIME
#:        mention); "ADT", "AST" are zones after a clock only, never relabelled as names.
#: 1.6.18: one ordinary word in capitals for emphasis ("get through this TOGETHER!", "the LEFT or the RIGHT") is
#:        no entity; a name of capitalised words ending in an organisation's designator ("Camp Margaritaville
#:        Resorts", "Saint Francis Hospital") is an organisation, not a person, and "Margaritaville Hotels and
#:        Resorts" is one; the ending of a contraction ("n’t" of a text "don’t") is no entity.
#: 1.6.19: a set carries TimeML's quant and freq ("every Sunday": EVERY; "twice a week": 2X); "midnight local time
#:        (0700 UTC)" is the start of the day its conversion names (2019-10-09T00:00), not the end of it;
#:        "an hour and 45 minutes" is PT1H45M; "the coming days", "the days/months/years ahead" are FUTURE_REF;
#:        wire clocks with their zone the model left out ("at 0830 GMT", "(0735 GMT)") are times; "a half-hour" PT30M; "(just) months
#:        ago" PXM, "weeks ago" PXW (no count to count back); "each of the past three years" P3Y;
#:        "at a later date" FUTURE_REF; "4-5 years", "3–4 hours", "30+ years" are the first end (P4Y, PT3H, P30Y);
#:        "attacked the town overnight" (the adverb the model left out) is the night before (TNI).
#: 1.6.20: plans told with "were to resume Monday", "is due in court Monday", "The deadline is Wednesday" look ahead;
#:        "who was envoy until December" looks back; the day of an event ("died on February 6", "will rule on
#:        Dec. 10") is never weeks on the wrong side of publication; "this spring" follows the tense; "Today,"
#:        opening a sentence in the simple present is PRESENT_REF; "a year ago" of a quarter leaves the story there.
#: 1.6.21: words in capitals in a table heading ("CONSTITUENCY, MEMBER OF PARLIAMENT") are no names, even one the
#:        article names elsewhere; nor is a column heading ("| Constituency | ... | Email address |") the article
#:        does not name outside tables; a mention holding a control character or bidi override, or a file name
#:        ("evil.exe"), is no name; a range's end is summarised with its range ("33 in 1919–33 = 1933"); a mere
#:        mention of an event told before ("said someone at the meeting") is no evidence of it.
#: 1.6.22: a results period named by comparison ("the year-ago quarter", "the 1988 period", "last year's quarter",
#:        "the corresponding period last year") is the reported quarter in the year it names (1988-Q3); a year-end
#:        told in the past ("since year-end", "debt at year-end was") is the last one gone by; "year-end" is the
#:        year's last day, as TimeBank writes it; "from July 13 to 17 of last year" is two days of last year's July;
#:        a quote's "today" said on the publication day ("... told reporters on Wednesday") is that day, not the story's day;
#:        results' "a year ago" is the reported quarter a year before in a sentence about the quarter, the year before in
#:        one about nine or six months, and never read from a quarter not over by publication; "last February" told
#:        in March is February a year before (the month just gone is "last month"); "a bid for October elections"
#:        told in September is this October's; "the year-ago third quarter", "the quarter a year ago" are found, and
#:        "the same quarter last year" is one expression; "Q1" ... "Q4" written alone are quarters (not "the Audi Q3");
#:        "the latest quarter" is never a quarter only forecast ("will result in a fourth-quarter charge"); results'
#:        "a year ago" right after a sentence about the quarter is that quarter a year before; "has extended the loans
#:        through January" (an extension told in the present or present perfect) reaches ahead; a contract month
#:        ("light crude for November delivery rose") is the next month of its name.
#: 1.6.23: "a survey of 1709 schoolchildren" counts (no year); "its summer and winter habitats" are no seasons;
#:        "the next Tuesday night" is one TIME (2007-03-06TNI); "the winter of 2006-2007" is 2006-WI;
#:        "Super Tuesday, yesterday" split in two leaves no Tuesday; "the first week of April" is 2019-W14;
#:        "A few days back" reads as "a few days ago"; "the late '70s", "'90s" are decades (197, 199);
#:        "which rejected, the day before the rally, a lawsuit" is "the day before" (no date restated before the comma);
#:        "May 24 to 26", "June 3-5" are two days (the second a range end read as "May 26");
#:        "a year and a half ago" is the year it falls in; "Back to the Future" is a title.
#: 1.6.24: a military clock after a word that places it ("at 2235 hours", "(0600 hrs)") is a TIME (T22:35), not a
#:        length; "the early hours of Wednesday" is Wednesday morning (TIME TMO); "in the afternoon", "by the
#:        evening" are parts of the story's day (TIME TAF/TEV); "the past three summers" is a set (XXXX-SU);
#:        "shortly after midnight" is the start of the story's day (T00:00), not the end of it (T24:00);
#:        "year after year", "night after night" are one set (P1Y, P1D), not two dates of this year; the "year" of
#:        "year-round", "from year to year", "year over year" and the "day" of "in his day", "back in the day",
#:        "Day 1", "trends by year", "Person of the Year" are no dates; "every other Saturday" is a set
#:        (XXXX-WXX-6); a rate's bare "day" the model marked ("five rallies a day") reads with its article.
#: 1.6.25: a word of a title-case table heading ("Parliament" in "| Member of Parliament |") is no name, even where
#:        the article names it; "C1 CSI" and an escape's parameters ("2J") name nothing; an accented loanword
#:        ("Café") is no person; a name ending in a company's legal form ("WhiTim Napa LLC") is ORG; a meeting
#:        with a party met and no one meeting it ("? → WhiTim Napa LLC") is not shown; who attends a summit or
#:        enters into talks is at the meeting; "the 2016 election" does not join an event told before of
#:        another date; "urged X to meet" is X's meeting; "our", "my" name no party; what is negotiated ("a
#:        deal") is no party; "the rituals of death" is no death; no speaker or participant holds a control
#:        character; one title word opening a table cell ("| Dean Russell |") is no role; "spokesperson Barend
#:        Leyts" is one name; a lower-case adjective ("showy") is no place; "Taking Archie" is "Archie".
#: 1.6.26: a year after a determiner dates its noun ("a 2011 study", "the 2018 midterm elections", "his 2008 and
#:        2010 runs"); "the 90s" is a decade; "July 27–28" and "the September 25–27 poll" give both days;
#:        "that same day" is the story's day.
#: 1.6.27: "at 1 o'clock" is a TIME of the story's day (T01:00); "at night", "in the morning" of a verb of habit
#:        (present, imperative, "would", "used to") are no one night or morning; "(the) weekends" is a set
#:        (XXXX-WXX-WE); "ten years later", "a month later" tag the length alone, as "three days later" does.
#: 1.6.28: only a person's one-word name is read as an accented loanword: "Hermès" stays an organisation.
#: 1.6.29: a title before a name stops at a field's words before a country ("the state of emergency United
#:        States President Donald Trump" -> "United States President"), and after "advisor for" the title
#:        after the linker is the name's own ("former advisor for U.S. President Donald Trump" -> "U.S. President").
#: 1.6.30: a person's name ends before a possessive ("Sally Capp's Mayorship" -> "Sally Capp"), and a photo
#:        caption's label is no word of the name ("Tom Tancredo Image:" -> "Tom Tancredo"), its label taken from
#:        the same words elsewhere in the article.
#: 1.6.31: the names inside a relative clause of speech are not its subject's ("Biden's opponent Christine
#:        O'Donnell, who claimed Biden commented ..." was Biden's quote; "a statement which said, 'Hagia Sophia
#:        bears ...'" was Hagia Sophia's).
#: 1.6.32: the article's own words make a name a person's ("her son Archie", "Dr. Naomi Martisius", "porn actress
#:        Stormy Daniels", "X, an opposition candidate,"), and "La Riva" after "Gloria La Riva"; named storms ("Hurricane
#:        Dorian", then "Dorian") are events; "its deaths" of a city is where they were and not the deaths told before;
#:        who evacuates is moved, what one is forced to do happened, "had he not met" is a condition; "he" after a
#:        clause of time ("after Archie was born") is the sentence's topic; a topic or body after an event noun
#:        ("testimony on utility matters", "reelection to the General Assembly") is no party; "Hagan's former
#:        spokeswoman" keeps its possessive; of two subjects of "said" the name speaks ("said study co-author Karen
#:        Alley", parsed "co" + "Alley").
#: 1.6.33: a name after an office's title written capitalised is a person's ("Chancellor Olaf Scholz" was ORG),
#:        unless an institution's or a building's ("President Kennedy Center").
#: 1.6.34: a title before a name runs on over "of the" ("former Vice President of the United States Joe Biden"
#:        had no role) and never opens with "the".
#: 1.6.35: a pointing word ("this", a relative "that") and "let's" never speak; "according to you" is the
#:        interviewer's question; "according to CNN who reported" is CNN's; a clause before a semicolon is not
#:        what the next verb reports; a participle between dashes ("retirement — revealed hours before the
#:        deadline —") has no speaker or actor; a name placed a compass point away ("north of Bermuda") is a
#:        place; "Worldwide", "International" end organisations.
EXTRACTOR_VERSION = "1.6.35"
