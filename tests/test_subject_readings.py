"""What a figure measures, one reading of the subject guideline (tests/gold/subjects/README.md)
per row: the owner, the measured noun phrase, the subject of the verb, the noun a figure opens
its clause with, and what the sentence before named. Rows beside them say what is never a
subject, and where nothing is named, so no row passes by a rule that names anything."""

import pytest

from workbench.extract import extract_claims


def subject_of(text, span):
    claim = next(c for c in extract_claims(text) if c.span.text == span)
    return claim.subject


@pytest.mark.parametrize("text, span, subject", [
    # the owner of the measured thing
    ("Liberia's economy grew 2% last year.", "2%", "Liberia"),
    ("The profits of Tesco rose to £1bn.", "£1bn", "Tesco"),
    ("In March the company's sales fell 4% on the year.", "4%", "the company"),
    # the measured noun phrase, with the words that make it specific
    ("Halifax said the average house price rose to £180,226 in May.", "£180,226", "the average house price"),
    ("Inflation fell to 2.1% in March.", "2.1%", "Inflation"),
    ("The jobless rate was 5% in the spring.", "5%", "The jobless rate"),
    ("About 40% of voters backed the plan.", "40%", "voters"),
    ("The claim that 97% of scientists agree is old.", "97%", "scientists"),  # a plural noun, then its verb
    ("The price of the oil rose to $80.", "$80", "The price"),
    ("The sum invested rose to $5m.", "$5m", "The sum"),  # a participle after the head is no part of it
    ("The value of the share to be included was raised 25 cts.", "25 cts", "The value"),
    ("Unemployment among young people reached 14.5% in the spring.", "14.5%", "Unemployment"),
    ("Wind and solar supplied 12% of the world's electricity last year.", "12%", "the world"),  # a phrase of time ends it
    ("The US price of $149 is higher.", "$149", "The US price"),
    # the subject of the verb the figure belongs to
    ("The farm covers 12,900 acres of the valley.", "12,900 acres", "The farm"),
    ("The port employs 1,450 people in all.", "1,450", "The port"),
    ("The government has announced plans to cut 100,000 civil servants.", "100,000", "The government"),
    ("HSBC will report profits of £9.4bn later this month.", "£9.4bn", "HSBC"),
    ("For the whole of 2004, Ericsson returned a net profit of 19bn kronor.", "19bn kronor", "Ericsson"),
    ("The group had 1986 sales of 1.2 billion dlrs.", "1.2 billion dlrs", "The group"),
    # a verb of value is a noun only where a noun may stand: 'the cost of', not 'The study cost'
    ("The study cost ½ of 10 000 dollars.", "10 000 dollars", "The study"),
    ("Imports fell 2% to $3.1bn.", "2%", "Imports"),
    # past an aside the clause closes before its verb
    ("The machine, which has a touch screen, will retail for £99 in the UK.", "£99", "The machine"),
    ("The reactor – the largest in Europe – produces 1,600 megawatts.", "1,600 megawatts", "The reactor"),
    ("The study, published in the Lancet, followed 12,000 women.", "12,000", "The study"),
    ('The "Fresh Start" scheme has run for two years.', "two years", "Fresh Start scheme"),  # quotes are no break
    ("A flood -- apparently set off by a storm -- destroyed two bridges.", "two", "flood"),
    ("Norway's wholesale price index (base 1981) rose 0.5 pct in February.", "0.5 pct", "Norway"),  # a bracket with no figure
    # a clause that opens on its verb has the subject of the clause before
    ("The market was worth just $20m in 2004, but is set to be worth $1.8bn by 2009.", "$1.8bn", "The market"),
    # past fronted phrases and a subordinator
    ("In Ohio, for example, where ballots can be counted five weeks early, the count is quick.", "five weeks", "ballots"),
    # an irregular past form is a verb ('wore'), so the clause's subject is read before it
    ("The story claimed that Ana wore the necklace for two years.", "two years", "Ana"),
    # the noun right before a figure that says by how much it exceeds another
    ("States with many guns had firearm homicide rates 114% higher than others.", "114%", "firearm homicide rates"),
    ("Redknapp must guide his side past a club 36 places inferior on the ladder.", "36", "club"),
    ("SAPS could afford 6% fewer personnel.", "6%", "SAPS"),  # a verb's object is not compared
    # a relative pronoun's verb: what the pronoun stands for
    ("They compete with music players that have around four gigabyte storage.", "four", "music players"),
    ("The club, which has 160,000 members, voted.", "160,000", "The club"),
    # a figure opening the clause after a fronted 'Of the ...,': the group it is a share of
    ("Of the full-time female pupils who wrote the exam, 69.3% passed.", "69.3%", "the full-time female pupils"),
    # a figure in a fronted phrase, the subject of the clause the phrase opens
    ("For the past 15 years, Professor Mauser has conducted research.", "15 years", "Professor Mauser"),
    ("Non-callable for two years, the issue is rated B-minus.", "two years", "the issue"),
    # the head of a subject with a figure in its complement
    ("The IPO for 17.3 million shares was sold within 10 minutes of opening.", "10 minutes", "The IPO"),
    # a duration is about its clause's subject, not a place it mentions
    ("The talks lasted three hours in Geneva.", "three hours", "The talks"),
    ("The retailer expects to report annual profits of between £415m and £425m.", "£415m and £425m", "annual profits"),
    ("The accepted bids ranged up to 90 dlrs per acre.", "90 dlrs", "The accepted bids"),
    # a sum converted in a bracket, or put another way after 'or', is the same sum
    ("The group reported earnings of 24.8 mln dlrs, or 95 cts a share.", "95 cts", "earnings"),
    ("The console will sell for £99 in the UK (149 euros).", "149 euros", "The console"),
    ("Jet will raise 16.4bn rupees ($375m; £198m).", "£198m", "Jet"),
    # a name listed with its figure
    ("Texas led with 1.2 mln acres, followed by Iowa with about 1.03 mln acres.", "1.03 mln acres", "Iowa"),
    # the noun a figure opens its clause with, when no holder is named
    ("Six government units would also be scrapped.", "Six", "government units"),
    ("Nintendo said 15 games would be available at launch.", "15", "games"),
    ("More than 120 games are in development.", "120", "games"),
    # what a count counts, when nothing else is named
    ("Plans to abolish 162 quangos were unveiled on Monday.", "162", "quangos"),
    ("The change would end the claim that thousands of ballots are dumped.", "thousands", "ballots"),
    ("Sony sells the PSP. The 15 games available at launch include Ridge Racer.", "15", "games"),
    # a count placed by a preposition, a list after one, 'there is', or a vague count's 'of': what it counts
    ("Police arrested him for two separate offences.", "two", "separate offences"),
    ("The ministry lifted sanctions on three companies.", "three", "companies"),
    ("The Judiciary is getting KSh18 billion.", "KSh18 billion", "The Judiciary"),  # a verb of holding
    ("The meme traditionally features two images of the singer.", "two", "The meme"),  # past an adverb
    ("Cash may be refused if the payment consists of more than 50 coins.", "50", "the payment"),
    ("The panel read a review of 253 articles, 99 books and 43 papers.", "43", "papers"),
    ("There have been four incidents this year.", "four", "incidents"),
    ("Militants fired thousands of rockets into the city.", "thousands", "rockets"),
    ("Each of the 43 pages carries an advert.", "43", "pages"),
    # the object of a verb whose figure follows after 'by', 'at', 'to' or 'from', and the items of its list
    ("The survey put unemployment at 7.2%.", "7.2%", "unemployment"),
    ("The council raised parking charges by 15%.", "15%", "parking charges"),
    ("The bureau estimated the 2016 population at just over 193 million.", "193 million", "the 2016 population"),
    ("Police managed to reduce hijacking by a third, home robberies by 20% and car thefts by 19%.", "20%", "home robberies"),
    ("Police managed to reduce hijacking by a third, home robberies by 20% and car thefts by 19%.", "19%", "car thefts"),
    ("Sales increased by 5% in March.", "5%", "Sales"),  # the verb's own subject, where it has no object
    ("Rumours grew that the German group may raise its bid to £1.5bn.", "£1.5bn", "the German group"),  # its owner
    # a rate the verb's subject moved at is the subject's
    ("In the fourth quarter, the city state's GDP rose at an annual rate of 2.4%.", "2.4%", "the city state"),
    # a figure set beside its noun, in a bracket or between commas with a change
    ("More female candidates (243,108) passed than male candidates (212,717).", "212,717", "male candidates"),
    ("Exports, down 3% on the year, weighed on growth.", "3%", "Exports"),
    # the noun an amount modifies between an article and that noun
    ("Mony Funding is issuing a 125 mln dlr eurobond due April 7, 1997.", "125 mln dlr", "eurobond"),
    ("Fidelcor said it will take a one-time 30 mln dlr special provision.", "30 mln dlr", "special provision"),
    ("The creators published a 43-page slideshow.", "43", "slideshow"),
    # a results line: its label, and a figure's own label after 'vs'
    ("Acme Corp said results rose.\nShr 18 cts vs 13 cts\nNet profit 57.1 mln dlrs vs loss 69.1 mln", "13 cts", "Shr"),
    ("Acme Corp said results rose.\nShr 18 cts vs 13 cts\nNet profit 57.1 mln dlrs vs loss 69.1 mln", "57.1 mln dlrs", "Net profit"),
    ("Acme Corp said results rose.\nShr 18 cts vs 13 cts\nNet profit 57.1 mln dlrs vs loss 69.1 mln", "69.1 mln", "loss"),
    ("Revenue: $4.2bn", "$4.2bn", "Revenue"),
    ("Turnout by region: Scotland 62%, Wales 58%.", "62%", "Scotland"),  # a name after a colon, set beside its figure
    # past a fronted source, to the clause's own subject, for every figure of its change
    ("According to the census, the town's population grew from 48,200 in 2011 to 53,900 in 2021.", "53,900", "the town"),
    # a subordinate clause's own subject, a count at the head of the subject, a clause after 'while'
    ("If lockdowns had been imposed one or two weeks earlier, lives would have been saved.", "one or two weeks", "lockdowns"),
    ("About 100 vehicles drove in and stopped traffic for about 30 minutes.", "30 minutes", "vehicles"),
    ("The artisans need 3 years of training while the water agents can start after 10 months.", "10 months", "the water agents"),
    ("Male pupils have outperformed female pupils for the last 7 years.", "7 years", "Male pupils"),  # a verb after 'have'
    ("Of the 11 companies we contacted, six responded.", "six", "the companies"),  # the group past its own figure
    # a company's legal suffix is part of its name, after a possessive or a comma; so is a title word before it
    ("McDonald's Corp. tops the list with $238,220.", "$238,220", "McDonald's"),
    ("Waffle House, Inc. made the top 10 with $68,950.", "$68,950", "Waffle House"),
    ("General Electric Credit Corp is issuing 75 mln dlrs of notes.", "75 mln dlrs", "General Electric Credit"),
    # named in the sentence before
    ("Rolls-Royce made a profit of £1.2bn. About 40% came from engines.", "40%", "Rolls-Royce"),
    ("Charles Kennedy is the party leader.\n\nHe insists his three pledges will appeal.", "three", "Charles Kennedy"),
    ("Freeview grew fast. Its share of the audience soared by 20% in January.", "20%", "Freeview"),
])
def test_the_subject_names_what_is_measured(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize("text, span, not_subject", [
    # a source of attribution is never the subject
    ("Halifax said the average house price rose to £180,226 in May.", "£180,226", "Halifax"),
    ("Nintendo said 15 games would be available at launch.", "15", "Nintendo"),
    ("The National Institute of Economic and Social Research (NIESR) claims that taxes need to rise by £10bn.",
     "£10bn", "National Institute of Economic and Social Research"),  # past its short form
    ("The spokesman, Mlimandlela Ndamase, told reporters that 2,897 people were in training.", "2,897", "Mlimandlela Ndamase"),
    # nor a date or period
    ("In the fourth quarter, profits rose 9% to £3m.", "9%", "the fourth quarter"),
    ("Last December sales rose 4%.", "4%", "December"),
    # nor the words a figure is written in
    ("The rate was 5 pct, and 6 pct a year ago.", "6 pct", "pct"),
    # nor a place the clause mentions, where the clause has a subject
    ("The study, published in the Lancet, followed 12,000 women.", "12,000", "Lancet"),
    # nor the subject of an outer clause, for a figure of the clause inside it
    ("The change would end the claim that thousands of ballots are dumped.", "thousands", "change"),
    # nor the verb of a clause inside the phrase
    ("The only tax rise they want is a new 50% tax band.", "50%", "want"),
    # a change modifies nothing it measures: 'a 1.7 pct rise' is Norway's index's
    ("Norway's price index rose 0.5 pct after a 1.7 pct rise in January.", "1.7 pct", "rise"),
    # nor a clause's first word after a colon, capitalised as a sentence's is
    ("Note: Prior qtr figures include a gain of 269,000 dlrs, or four cts per share.", "four cts", "Prior"),
    # a count is not placed by a verb's particle, an amount noun's 'of', a ratio's 'to', nor a date
    ("The drama managed to pull in five million viewers.", "five million", "viewers"),
    ("The group has annual sales of 39m cases.", "39m", "cases"),
    ("The ratio is one officer to 311 people.", "311", "people"),
    ("Acme said its proposal consists of two parts.", "two", "parts"),
    ("Between midnight on 31 December and 1 January, 133m texts were sent in the UK.", "133m", "texts"),
    # nor is a count of times: what the clause's subject did
    ("The post was shared 1,100 times on Facebook.", "1,100", "times"),
    # nor a currency sign, alone or with its amount
    ("Debt service (KSh bn) rose to 416.2 in 2014/15.", "416.2", "KSh"),
    ("Parliament is getting KSh38 billion, the judiciary is getting KSh18 billion.", "KSh18 billion", "KSh38"),
    # nor a personal pronoun, which only the sentence before can name
    ("The police are short of staff. They've promised us another 10,000 next year.", "10,000", "They've"),
    # nor the words between a figure and its verb, when a pronoun is among them
    ("Four years later he became vice-president.", "Four years", "later he"),
    # nor the source a fronted phrase's clause reports
    ('Factories will face "serious challenges" over the next two years, the British Chamber of Commerce has said.',
     "two years", "Commerce"),
    # a line with a verb is no results line
    ("Profits rose 5% vs 3% a year earlier.", "5%", "Profits rose"),
    # nor is a source's colon a label
    ("He said: 5,000 people came.", "5,000", "He said"),
    # nor a word that opens a consequence, nor a verb in its irregular past
    ("Earnings grew 3.5%, while inflation was 1.9%, meaning real wages rose by 1.6%.", "1.6%", "meaning real wages"),
    ("Those who drank three cups a day were fine.", "three cups", "drank"),
    # nor the unit of a rate a change is set beside
    ("Landfill costs rose to £112 a tonne, up from £98 a year earlier.", "£98", "tonne"),
    # nor where a source wrote or spoke
    ("Of those, 312 developed diabetes, researchers reported in The Lancet.", "312", "The Lancet"),
    # nor a demonym a preposition places before its noun: the figure is in a market, not in Europe
    ("The firm wrote orders worth 1.5 mln dlrs in the European market.", "1.5 mln dlrs", "the European"),
])
def test_the_subject_is_never_a_source_a_date_or_a_unit(text, span, not_subject):
    assert subject_of(text, span) != not_subject


@pytest.mark.parametrize("text, span", [
    # with no verb, no owner and nothing before, there is nothing to name
    ("Up 40% on the year.", "40%"),
    # a pronoun with no sentence before it names nothing
    ("It grew 7.7 pct in the year.", "7.7 pct"),
    # a demonstrative points at a statement, not at what the sentence before named
    ("Sales of Acme rose to 5m. This compares with 4m a year ago.", "4m"),
])
def test_nothing_is_named_when_the_words_do_not_say(text, span):
    assert subject_of(text, span) is None


def test_a_name_in_the_sentence_before_is_what_a_pronoun_carries():
    text = "Central bank money stock was growing at about seven pct. In the previous year it grew 7.7 pct."
    assert subject_of(text, "7.7 pct") == "Central bank money stock"
    # a possessive pronoun's owner too, from the paragraph before
    text = "Charles Kennedy has led the party since 1999.\n\nIn his 22 years in the Commons, he has seen such claims dashed."
    assert subject_of(text, "22 years") == "Charles Kennedy"
    # and the sentence of its own subject keeps it
    assert subject_of("Exports rose 5% to $4bn. Imports fell 2% to $3.1bn.", "2%") == "Imports"
