"""The privacy gate: each identifier type is redacted, each medical term survives, and what
cannot be vouched for is held."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.privacy import PrivacyGate
from tests.conftest import REPO, SHARED_DATA


@pytest.fixture(scope="module")
def gate() -> PrivacyGate:
    return PrivacyGate(medical_terms=["Type 2 diabetes", "sugar diabetes"])


IDENTIFIERS = [
    ("name", "My husband dave drove me to the clinic.", "dave"),
    ("name", "My daughter Lily starts school soon.", "Lily"),
    ("name", "Saw Dr. Okafor about my thyroid.", "Okafor"),
    ("name", "dr patel changed my dose.", "patel"),
    ("name", "My name is Rubija and I'm new here.", "Rubija"),
    ("name", "Thanks for reading. Love, Karen", "Karen"),
    ("name", "Sarah Jones told me about this group.", "Sarah Jones"),
    ("email", "Email me at jane.doe@gmail.com please.", "jane.doe@gmail.com"),
    ("email", "Write to jane dot doe at gmail dot com for the sheet.", "jane dot doe at gmail dot com"),
    ("phone", "Ring the nurse on 020 7946 0321 after ten.", "020 7946 0321"),
    ("phone", "Call me at (415) 555-2671 any time.", "(415) 555-2671"),
    ("phone", "Whatsapp +44 7700 900123 for the group.", "+44 7700 900123"),
    ("address", "We meet at 27 Harrow Road every week.", "27 Harrow Road"),
    ("postcode", "I'm in Springfield, IL 62704 if anyone is near.", "62704"),
    ("postcode", "Our centre is near LS6 2QR.", "LS6 2QR"),
    ("date", "I was diagnosed on 14 March 2021.", "14 March 2021"),
    ("date", "Born 12/04/1958 and still going.", "12/04/1958"),
    ("age", "Grandma is 94 years old and sharp as a tack.", "94"),
    ("age", "He turned 101 last week.", "101"),
    ("id", "My MRN is 44829911 if the ward asks.", "44829911"),
    ("id", "My NHS number is 943 476 5919.", "943 476 5919"),
    ("id", "My SSN was 219-09-9999, so careful.", "219-09-9999"),
    ("account", "Card 4111 1111 1111 1111 was charged twice.", "4111 1111 1111 1111"),
    ("ip", "My IP is 192.168.14.201 and the portal blocks me.", "192.168.14.201"),
    ("device", "The pump serial number is SN4A77B2019X.", "SN4A77B2019X"),
    ("device", "The app device id is A4:5E:60:E8:21:9F.", "A4:5E:60:E8:21:9F"),
    ("url", "My blog is at facebook.com/jane.doe.7 now.", "facebook.com/jane.doe.7"),
    ("handle", "Follow me @migraine_mama84 for updates.", "@migraine_mama84"),
    # Lowercase, international and unlabelled shapes.
    ("name", "follow up with patricia desrosiers in a couple of months.", "desrosiers"),
    ("name", "thanks becca, your tip about the diet helped", "becca"),
    ("name", "her maiden name is nyberg", "nyberg"),
    ("name", "the nurse was called oyelaran.", "oyelaran"),
    ("name", "sarah young gave a great talk on fatigue.", "young"),
    ("name", "Kelly, did the scan come back ok?", "Kelly"),
    ("name", "we missed you matti!", "matti"),
    ("name", "say hi to johannes from me.", "johannes"),
    ("name", "Apparently Jordan moved away last month.", "Jordan"),
    ("name", "robin reckons the new consultant is better.", "robin"),
    ("name", "Willy if you read this, message me.", "Willy"),
    ("name", "Has Victoria posted the link yet?", "Victoria"),
    ("name", "Welcome back Pier!", "Pier"),
    ("name", "got a lovely card from johannes today.", "johannes"),
    ("name", "I think Emma Burns's mum makes the best soup.", "Burns"),
    ("name", "Big thank you to Wolf and the team.", "Wolf"),
    ("name", "matti has been amazing through all this.", "matti"),
    ("place", "anyone up seč way?", "seč"),
    ("place", "the bus to moen is always late.", "moen"),
    ("place", "we're over in álava now, any groups?", "álava"),
    ("place", "I'm Rude born and bred.", "Rude"),
    ("name", "my neighbour kate kiss drove me in.", "kiss"),
    ("name", "The verses were by Faina D. Yefremova originally.", "D. Yefremova"),
    ("place", "I'm in Miami for the conference, anyone local?", "Miami"),
    ("place", "eva grew up in kiel before moving here", "kiel"),
    ("address", "My new address is Kiannonkatu 5 B 12, Oulu, since May.", "Kiannonkatu 5 B 12"),
    ("address", "Please send it to PSC 6293, Box 8158\nAPO AP 04336 for me.", "8158"),
    ("phone", "Call me on 0688 872 49 99 in the evenings.", "872 49 99"),
    ("date", "Admitted: 2006-04-07 09:00:27, discharged two days later.", "09:00:27"),
    ("id", "Medicare number 1EG4-TE5-MK73 was on the letter.", "1EG4-TE5-MK73"),
    # Names written as everyday words, eponyms, lists, scripts and capitals of any script.
    ("name", "My son Will is 14 and just started the pump.", "Will"),
    ("name", "Lynn Gilbert from our group ran the 10k.", "Gilbert"),
    ("name", "they had 3: mia, adam and caleb.", "caleb"),
    ("name", "Destiny: Remember me? I was on your ward.", "Destiny"),
    ("name", "ring kelly on the usual number about the rota", "kelly"),
    ("name", "love to all of you. penny x", "penny"),
    ("name", "Name: Kamila Červinková", "Červinková"),
    ("name", "Willemine ten Pas will be talking at the meeting", "Pas"),
    # Places and addresses in other countries' layouts, small towns, postcodes after towns.
    ("place", "We're in Holmfirth if anyone fancies a coffee.", "Holmfirth"),
    ("place", "The White Stripes' home town Villafranca del Cid was lovely.", "del"),
    ("address", "Looking to support them in Acquapendente 1021 in its mission.", "1021"),
    ("address", "What is your address? it is 143 31 rue de la Hulotais Apt. 087 SAINT-PRIEST France", "143 31"),
    ("address", "I'll meet you at 62573 103 Cassidy Street Suite 653\nGdańsk, 84968 after the concert.", "84968"),
    ("address", "My address:\n12 oak road\nfinn ville\nab1 2cd", "finn ville"),
    ("address", "The hospice on Carrow Road were amazing.", "Carrow"),
    ("address", "Meet at Aggervej 50 at 11, ask for Jesper.", "50"),
    ("phone", "message her on (057)-9987446 for the rota.", "9987446"),
    ("phone", "message her on 82/098-3058 for the rota.", "098-3058"),
    ("age", "I'm 93 and still walking every day.", "93"),
    ("age", "Happy birthday Jo! 95 today and still fighting.", "95"),
    # First names that are words, told by what people do; names beside eponyms; particles.
    ("name", "Bill drove me to the rheumatology clinic again.", "Bill"),
    ("name", "Jack Cook from the Raynaud's group is organising the walk.", "Cook"),
    ("name", "Anna Sjögren (we met at the clinic) runs the forum now.", "Sjögren"),
    ("name", "melanie berger runs the colitis forum now.", "berger"),
    ("name", "nurse de vos suggested propranolol.", "vos"),
    ("name", "Happy birthday April! Hope the party was fun.", "April"),
    # Places told by their prefix or by where people live or move.
    ("place", "I moved from Leeds to Port Rachael to be near the specialist.", "Rachael"),
    ("place", "i moved from sankt peter to sporup for the new job.", "sporup"),
    ("place", "anyone near rongotoa? looking for a lupus group.", "rongotoa"),
    ("place", "I moved from Leeds to Moraes dos Dourados last year.", "Moraes"),
    ("phone", "Ring Sam on 122 2 050 about the coffee morning.", "122 2 050"),
    # Names and ages told by the shape of a sentence.
    ("age", "Dad (97) is in the hospice now.", "97"),
    ("name", "Has anyone tried Enbrel? Martin: yes, it helped my Crohn's.", "Martin"),
    ("name", "I'm Henri, born and bred here, coeliac since my teens.", "Henri"),
    ("name", "Went round to Lars's house after my injection.", "Lars"),
    ("name", "jade picked me up from the clinic and we had tea.", "jade"),
    ("name", "Shout out to Nae at the pharmacy for sorting my Stelara.", "Nae"),
    ("place", "ask her about the trial, she's in port akver.", "akver"),
    ("name", "love to all of you. hana x", "hana"),
    ("place", "anyone in the nadiad group? dad is in the hospice now.", "nadiad"),
    ("place", "i moved from south rosemary last year.", "rosemary"),
    ("name", "Love to Dawn and Sky who sat with me last night xx", "Sky"),
    ("name", "Met Harriet and Will at the walk.", "Will"),
    ("name", "Jack was born at 29 weeks and spent 8 weeks in NICU.", "Jack"),
    ("id", "insurance member ID XKP 448 20193 if the pharmacy needs it", "XKP"),
    ("device", "Serial number of my insulin pump is SN 44E9-7720-B1, the rep asked.", "44E9"),
    ("place", "Our village is tiny, Little Snoring, so the GP is 12 miles away.", "Snoring"),
    ("name", "I met Henri at the clinic and he was lovely.", "Henri"),  # a French first name
    ("name", "Has anyone tried azathioprine? Gerd: yes, it helped my colitis.", "Gerd"),
    # Addresses: a house and flat number, a street's name before its suffix.
    ("address", "our walk starts at ulica jesienna 65/15 in the park.", "65/15"),
    ("address", "i used to live on 152/044 martin block before it got bad.", "martin"),
    ("address", "we live at 12 oak road if anyone wants to visit.", "road"),
    ("url", "My page: https://en.wikipedia.org/wiki/User:JaneDoe (and the NHS page).", "JaneDoe"),
    # Given names that are also words, beside a found name; places named after where people go.
    ("name", "got a letter for angel tabacu at my address by mistake!", "angel"),
    ("name", "does anyone know johannes andersson? she had lupus too.", "johannes"),
    ("name", "my carer conn gillespie is off sick so humira is late today.", "conn"),
    ("name", "i'm varsha, born and bred here, raynaud's since my teens.", "varsha"),
    ("name", "Mo and Jasdeep from the sickle cell society helped us so much.", "Mo"),
    ("place", "We drove down to Burg to see Dr Koch about the lupus.", "Burg"),
    ("place", "anyone near west bobby? looking for a support group.", "bobby"),
    ("age", "Happy 99th to my nan! Still on her eye drops every morning.", "99"),
    ("name", "Grandma Jesus turned 95 and still does her own injections.", "Jesus"),
    ("name", "me and dean are doing the 10k for the colitis charity.", "dean"),
    ("name", "congrats roger on the clear scan!", "roger"),
    ("name", "Can't make it, sorry Roar. Bad day with the fatigue.", "Roar"),
    ("name", "does anyone know if róbert is ok? haven't seen her post.", "róbert"),
    ("place", "hi all, katie here from bellstone, newly diagnosed", "bellstone"),
    ("place", "Leeds General was great about my asthma.", "Leeds"),
    # Postcodes: after "near", in lowercase, anywhere in a post that gives an address.
    ("postcode", "Any POTS folk in Leeds or near 17-398?", "17-398"),
    ("postcode", "We are at 12 Oak Road now, the bungalow with the ramp, 2724.", "2724"),
    ("postcode", "we are at 12 oak road now, by the park, e4 3qy.", "e4 3qy"),
    ("address", "we are at studio 54 lindsey gateway now, the bungalow.", "lindsey"),
    # Where only a person fits; a lowercase first name that respelt is a word is still a name.
    ("name", "Does Bent still run the Tuesday group?", "Bent"),
    ("name", "hope eric is feeling better soon.", "eric"),
    ("name", "i asked alexia about it and she agreed.", "alexia"),
    ("name", "thanks to michael for the lift today.", "michael"),
    ("name", "Pier and I went to the walk.", "Pier"),
    ("place", "is there a support group in cartermouth?", "cartermouth"),
    ("place", "is there a support group in schneider-sur-moulin?", "schneider"),
    # A capitalised word after a name is its surname, though a word; generational suffixes.
    ("name", "I sat with Jan Warmer at the infusion unit.", "Warmer"),
    ("name", "Klaus Müller II gave a great talk on fatigue.", "II"),
    # Who said or made something; lowercase particles before a capitalised surname.
    ("name", "According to Farmer, the dose was too high.", "Farmer"),
    ("name", "i read an interview with simmons about recovery.", "simmons"),
    ("name", "The talk by Bent was recorded.", "Bent"),
    ("name", "We owe a lot to van den Berg and her team.", "van den"),
    ("name", "Kyle began writing poems at fourteen.", "Kyle"),
    # Given names as subjects of what only people do, pairs of them, an initial, where someone is from.
    ("name", "Pip was diagnosed with coeliac at 3 and is doing great now.", "Pip"),
    ("name", "Summer and River from the autism parents group are amazing.", "River"),
    ("name", "Got a parcel for A. Okonkwo at 7 Priory Gardens by mistake.", "A."),
    ("name", "Mags from Tullamore posted the HRT leaflet, thank you!", "Mags"),
    ("place", "She lives on Halsey Drive in Hemel, if anyone can visit.", "Hemel"),
    # What only a person is; a surname that is also a word or a month.
    ("name", "Sally is a nurse who blogs about lupus.", "Sally"),
    ("name", "I sat with Raj Pal at the infusion unit.", "Pal"),
    # Dates without a year, and with the month's name between dashes.
    ("date", "op is on 14/03 at 9, fingers crossed", "14/03"),
    ("date", "dx 3-Mar-2021 after years of tests", "3-Mar"),
    ("date", "Dad passed on the twelfth of March, peacefully.", "twelfth"),
    ("date", "admitted 14th-16th May with sepsis", "14th"),
    ("date", "scan on tues 14th, wish me luck", "14th"),
    ("age", "Dad, 93, is in hospital again.", "93"),
    # Ages after "'s" and in words.
    ("age", "my nan's 96 and still going", "96"),
    ("age", "she's ninety-six and sharp as a tack", "ninety"),
    ("age", "Dad is a hundred and two next week", "hundred"),
    ("age", "at 93 she still gardens", "93"),
    # Postcodes standing where a place would, of many countries' shapes; a country code.
    ("postcode", "We're in 28567, any groups?", "28567"),
    ("postcode", "anyone else in the 61-828 area?", "61-828"),
    ("postcode", "We're in K12 N7CX, any groups?", "N7CX"),
    ("postcode", "postcode 48-956 if the taxi asks.", "48-956"),
    ("phone", "Text (+358) 40 1234567 for the rota.", "358"),
    ("phone", "my number is seven seven zero zero nine double oh one two three", "zero zero"),
    ("handle", "my tiktok is jobloggs_ if you want the videos", "jobloggs"),
    ("handle", "my username on here is sunflower_jo, same on insta", "sunflower"),
    ("handle", "Instagram: Jo.Bloggs", "Bloggs"),
    ("handle", "add me on discord jane#4421", "4421"),
    ("url", "please sponsor me justgiving.com/fundraising/jane-smith-5k", "smith"),
    ("url", "I write about it at janes-journey-with-ms.wordpress.com, mostly for my own sanity.", "janes"),
    ("id", "medicare 2953 12345 1 is on the card", "12345"),
    # Addresses of other countries' layouts without a cue: a street word of another language, a
    # word and a house number, a number and a street type in lowercase, Indian house numbers.
    ("address", "I'm at 87, rue Mallet if anyone wants the spare crutches.", "Mallet"),
    ("address", "drop it round to sítio de costa, 27, thanks!", "costa"),
    ("address", "drop it round to nilsengropa 70, thanks!", "nilsengropa"),
    ("address", "Our new flat is Kossuth utca 60., right by the surgery.", "60"),
    ("address", "Please post the leaflets to Bulevardul Toma Nr. 19 when you can.", "Toma"),
    ("address", "drop it round to 31 coll street, thanks!", "coll"),
    ("address", "Drop it round to 08436 Seven View, thanks!", "Seven"),
    ("address", "Our new flat is 77/89 Bhatti Chowk, right by the surgery.", "77/89"),
    ("address", "The address for the form is Studio 87 Dawson Drive.", "87"),
    ("address", "Please post the leaflets to 9, rue de Leconte when you can.", "9, rue"),
    # A street without its number, named in capitals; the way to it stays.
    ("address", "we're just off Mill Road, the blue door", "Mill"),
    ("address", "the surgery on Victoria Street is closing", "Victoria"),
    # A small town that is also a word, capitalised after a word for where; two given names that
    # are words, doing together what people do.
    ("place", "The pharmacist at Boots in Mold sorted my inhaler.", "Mold"),
    ("place", "the meeting is in ballview this year", "ballview"),
    ("place", "we visited hosur for the weekend", "hosur"),
    ("place", "i go to the hydro at st helens on tuesdays", "helens"),
    ("place", "moved from bolton to bury last yr", "bury"),
    ("name", "ring kath on 01204 556 678 for tickets", "kath"),
    ("name", "Honor and Blessing organise the family day.", "Blessing"),
    ("name", "Mags and Bunty are doing the memory walk.", "Mags"),
    ("email", "Email sandra underscore keele at yahoo dot co dot uk for the form.", "underscore"),
    # Given names that are words, where only a person fits: what people do, whose mum, news of whom.
    ("name", "Blessing posted the link above.", "Blessing"),
    ("name", "River and her husband came to the BBQ.", "River"),
    ("name", "Precious is doing the swim for MS next month.", "Precious"),
    ("name", "Honor's mum has the same thing.", "Honor"),
    ("name", "Any news on River? Not heard from her in weeks.", "River"),
    ("name", "Does anyone know if Rain got her results?", "Rain"),
    ("name", "afife recommended the pacing app.", "afife"),
    ("name", "kim from the tuesday group rang me.", "kim"),
    # Nicknames (the nicknames package) where only a person fits.
    ("name", "Tiff runs the carers coffee morning now.", "Tiff"),
    # A first name that is no eponym owns the condition word after it.
    ("name", "I think Sarah's test came back fine.", "Sarah"),
    ("name", "doctor young said it was fine", "young"),
    ("name", "Bev posted the link above.", "Bev"),
    ("name", "Great talk from stine on fatigue.", "stine"),
    # A given name that is a word, from a place people belong to; a nickname's prefix; a partner.
    ("name", "Hope from work brought me flowers after the op.", "Hope"),
    ("name", "Joy is picking me up after the infusion.", "Joy"),
    ("name", "old pat runs the allotment group for stroke survivors.", "pat"),
    ("name", "my better half ken drove me home from the infusion.", "ken"),
    # A holiday tied to an event names the day; a username named as one, any shape.
    ("date", "She was born on Christmas Eve, 1950, and admitted Boxing Day.", "Christmas Eve"),
    ("date", "She was born on Christmas Eve, 1950, and admitted Boxing Day.", "Boxing Day"),
    ("handle", "my user name on the carers forum was lupus_lou_82, say hi", "lupus_lou_82"),
    # A surname that is also a modal or a month, after a found first name; a wish before a name.
    ("name", "Please welcome Anna May to the group!", "May"),
    ("name", "good luck tomorrow robin, thinking of you.", "robin"),
    # Safe Harbor's other numbers: national insurance, passports, number plates (Presidio's own
    # recognizers for them, case-sensitive; and labelled ones in any shape).
    ("id", "my NI number is JG 10 37 28 A if the DWP asks", "JG 10 37 28 A"),
    ("id", "Our car reg is LX07 ABC, the blue badge is in the window.", "LX07 ABC"),
    ("id", "my licence plate is 7ABC123 and I park on level 2", "7ABC123"),
    ("id", "Her passport number is 502135326.", "502135326"),
    # Two eponyms with a space read as a person's name when one is a given name.
    ("name", "my friend Charles Bonnet came round", "Bonnet"),
    # A list of names opened by one that is also a word; a name after "called" before where.
    ("name", "Sue, Pat and Jan came to visit after the op.", "Sue"),
    ("name", "a nurse called bernie at the clinic sorted it", "bernie"),
    ("name", "we named the baby rose after my nan", "rose"),
    ("name", "kath's daughter has it too, poor love", "kath"),
    ("name", "tell mick i said hi and get well soon", "mick"),
    # A name in brackets after a relation; thanks in text speak.
    ("name", "my son (jack) has asthma and hay fever", "jack"),
    ("name", "tysm shaz! the leaflet helped", "shaz"),
    # A webmail address without its ending; a handle named by its platform, Facebook's too.
    ("email", "my email is jane.doe at gmail, message me", "doe"),
    ("email", "email jane dot doe at hotmail for the rota", "doe"),
    ("handle", "my fb is jane.smith.9 if you want to add me", "jane.smith.9"),
    # Counties are smaller than states, whatever their names ("Mayo" is an eponym's too).
    ("place", "I'm in Cook County, Illinois, any groups?", "Cook"),
    ("place", "we're from Co. Mayo originally", "Mayo"),
    # Days without their month, slash dates after what happened, ages written "92 y.o.".
    ("date", "the op was on the 14th, recovering now", "14th"),
    ("date", "surgery booked for 3/4 at 9am", "3/4"),
    ("age", "grandad 92 y.o. has COPD, my nan is 93y", "92"),
    ("age", "grandad 92 y.o. has COPD, my nan is 93y", "93y"),
    # A word no list knows before a condition word still names a place's or a person's group.
    ("name", "The Brambleworth arthritis cafe meets on Fridays.", "Brambleworth"),
    ("place", "Anyone near Brambleworth hydrotherapy pool?", "Brambleworth"),
    # A lowercase nickname owning a number; a surname's initial after a lowercase name; a town
    # after words capitalised only because they open the sentence.
    ("name", "anyone got shaz's new number? she's not on here much", "shaz"),
    ("name", "dave p from the old hospital group says hello", " p "),
    ("place", "The Leeds team were great with mum.", "Leeds"),
    # A rare dictionary word explains itself only where it opens a phrase: alone or doing what
    # people do, it may be a username; after a place's prefix, a place.
    ("name", "A belated welcome to the forum, Centaurus.", "Centaurus"),
    ("name", "Semaphore said the infusion was fine.", "Semaphore"),
    ("place", "Lost my prescription at North Dumdum station.", "Dumdum"),
    # A given name that is a word, before what only a person is; a relation in slang.
    ("name", "Grace was the best OT we've had, so patient with dad.", "Grace"),
    ("name", "my bro dean donated a kidney to me, forever grateful", "dean"),
    # British and Australian nicknames, words among them, where a person stands.
    ("name", "Chalky runs the carers coffee morning now.", "Chalky"),
    ("name", "Not heard from Mags in weeks, anyone?", "Mags"),
    ("name", "Smithy brought cake to the meeting.", "Smithy"),
    # A given name that is a word, doing something to her or his own, or dropping in.
    ("name", "Joy lost her dad last week, please keep her in your thoughts.", "Joy"),
    ("name", "Precious broke her wrist on the ice.", "Precious"),
    ("name", "Grace popped round with soup.", "Grace"),
    # A single initial after a title.
    ("name", "Doctor O said wait and see.", " O "),
    # Only a person turns 90 or is what we call someone; someone over in a place; an age they lived to.
    ("name", "Bubbles (that's what we call my mother in law) turns 90 on Sunday.", "Bubbles"),
    ("name", "Paddy above in Ballina runs a men's shed, great for the head.", "Paddy"),
    ("age", "granny lived to 104 on cornbread and prayer", "104"),
    # Chat: a given name owning anything, a name copied in, a nickname listed with a name.
    ("name", "pmsl at trev's comment", "trev"),
    ("name", "cc mike and dee on this", "mike"),
    ("name", "sending love to the whole gang esp. marie and col", "col"),
    # A given name that is a word opening a sentence, before what people do or go through.
    ("name", "Holly knitted hats for the ward.", "Holly"),
    ("name", "Pearl is in hospital again, send love.", "Pearl"),
    ("name", "Hope is having a rough week.", "Hope"),
    ("name", "River started chemo today.", "River"),
    ("name", "holly knitted hats for the ward. pearl is in hospital again", "holly"),
    ("name", "holly knitted hats for the ward. pearl is in hospital again", "pearl"),
    # Nicknames that are words: introducing oneself, explained in brackets, from a long group's name.
    ("name", "Semper fi brothers, Gunny here, PTSD from the war.", "Gunny"),
    ("name", "Bear (my husband's nickname) does all the injections now.", "Bear"),
    ("name", "Lofty from the veterans' breakfast club does the quiz.", "Lofty"),
    ("name", "my battle buddy tank checks on me every sunday", "tank"),
    ("name", "my late husband dave passed in the spring", "dave"),
    # A handle in quotes after the words that introduce one, even an everyday word.
    ("handle", "Crispin (posts as 'crispy') is back from the hospice.", "crispy"),
    ("handle", "she goes by “moonbeam” on here, lovely lady", "moonbeam"),
    # A venue: capitalised words after "at" in mid-sentence; a hospital by its initials.
    ("place", "Swimming at Ponds Forge is the only exercise that doesn't hurt.", "Ponds Forge"),
    ("place", "we do aquafit at Hillsborough Leisure Centre on mondays", "Hillsborough"),
    ("place", "Fibroids removed, myomectomy at UHW last year.", "UHW"),
    ("place", "Otosclerosis surgery at the RNENT next month.", "RNENT"),
    ("place", "Anyone at CHOP for the diabetes camp?", "CHOP"),
    ("place", "Bus from Ramsgate to QEQM every week.", "QEQM"),
    # Five digits where people meet or live; a handle after "on <platform> as".
    ("postcode", "the group meets in 90210 on weekends", "90210"),
    ("handle", "find me on insta as spoonie.sam", "spoonie.sam"),
    # A meeting's place after its label; a lowercase surname after a name and an initial.
    ("place", "When: 5 May\nWhere: kuncsorba church hall, 2pm", "kuncsorba"),
    ("name", "leidy t muris\nlabor relations director", "muris"),
    # A listed nickname in lowercase; asking after someone, sending love: what a person does.
    ("name", "yeah nige said the same thing", "nige"),
    ("name", "wee jimmy was asking after you", "jimmy"),
    ("name", "Jimmy was asking after you, and Grace sends her love.", "Jimmy"),
    # A month with its year; a holiday written short, tied to an admission.
    ("date", "Diagnosed 04/2019, in remission since.", "04/2019"),
    ("date", "Started Humira Jan '22, no flares since.", "Jan '22"),
    ("date", "Admitted xmas day 2021 with DKA.", "xmas day"),
    # A name explained in brackets as a relation; a name set off by commas after who the person is.
    ("name", "Bunny (that's my wife, everyone calls her that) can't swallow tea now.", "Bunny"),
    ("name", "The nurse at the clinic, Mere, is always so patient with us.", "Mere"),
    # A name in capitals, though a word, where no article makes it an acronym.
    ("name", "I'm with TED on this one.", "TED"),
    ("place", "Had a bad exacerbation, three days in the GRI on nebs.", "GRI"),
    ("place", "Laser hair removal at Skin Deep Clinic helped my flares.", "Skin Deep"),
    # Lowercase names that are words, before what a person does or when.
    ("name", "heard from sarah young lately?", "young"),
    ("name", "jenny wood and i went to the clinic", "jenny wood"),
    ("name", "has anyone seen tom baker recently", "tom baker"),
    # A given name that is a word, capitalised in mid-sentence after what is done with a person;
    # back in hospital.
    ("name", "I saw River at group last week.", "River"),
    ("name", "Has anyone heard from Storm lately?", "Storm"),
    ("name", "Rocky is back in hospital.", "Rocky"),
    # Initials before a town; a given name more often a name than a word, opening a sentence before
    # a verb or owning a role; "Me and ..."; a name before an auxiliary and what she does to her own.
    ("place", "Kidney transplant from my mother at CMC Vellore, 2 years ago.", "CMC"),
    ("name", "Poppy's speech therapist is lovely.", "Poppy"),
    ("name", "Poppy is starting school in September.", "Poppy"),
    ("name", "Me and Storm are doing the walk.", "Storm"),
    ("name", "Pearl won't take her meds.", "Pearl"),
    # A hospital's name after its town.
    ("place", "Dr. Obi at Lagos University Teaching Hospital is the best.", "University Teaching"),
    # A town listed without its apostrophe; a lowercase name that is a word, before a time; an
    # age before a season; a birthday's day; references with slashes.
    ("place", "Staying with my sister in Bishop's Stortford till I recover.", "Bishop's Stortford"),
    ("name", "went to the hospice with jade yesterday", "jade"),
    ("age", "Nan died aged 99 last spring.", "99"),
    ("date", "Her birthday is the 30th, we're having a party.", "30th"),
    ("id", "Case ref: 2024/00381/ABC", "00381"),
    ("id", "Medical record number 00423/11 at the Royal.", "00423/11"),
    # A common surname that is no word, alone, though shaped like an inflected one ("davy" + "es").
    ("name", "Coach Davies let him sit out PE.", "Davies"),
    ("name", "I think Jenkins is right about the meds.", "Jenkins"),
    # A first name the dictionary lists, opening a sentence before no verb a rule knows.
    ("name", "Tom let him sit out of PE.", "Tom"),
    ("name", "Thanks all. Eric let me borrow his crutches.", "Eric"),
    ("name", "thanks mary for the advice x", "mary"),
    # In lowercase after where people live or move: a town of common words, a city the web writes often.
    ("place", "my sister lives in west palm beach now", "west palm beach"),
    ("place", "we moved to leeds last year", "leeds"),
    # A surname that is a word, in mid-sentence before the role the person had.
    ("name", "We had Church as our midwife, she was lovely.", "Church"),
    # "Will" capitalised in mid-sentence is no modal; a child named, whatever the word.
    ("name", "Me and Will did the fun run.", "Will"),
    ("name", "We named her Storm after my nan.", "Storm"),
    # A short link of a country's domain.
    ("url", "My Amazon wishlist: amzn.eu/d/4ghJk2L", "4ghJk2L"),
    # Lowercase first names the dictionary lists, where only a person fits.
    ("name", "does anyone know if mary is still coming on friday?", "mary"),
    ("name", "please keep eric in your prayers tonight", "eric"),
    ("name", "went for coffee with anna after group", "anna"),
    # A nickname in quotes; a capital initial after a name.
    ("name", "We call her 'Bubbles' at home, she's 6.", "Bubbles"),
    ("name", "Sarah M. from the Tuesday group has the leaflets.", "M."),
    # A UK postcode's district after a town.
    ("address", "We're in Salford, M6, if anyone wants to meet up.", "M6"),
    # A town of 15,000 or more in lowercase, though the web writes it often, when no dictionary holds it.
    ("place", "The clinic in leeds is great.", "leeds"),
    # A day of the month in words; a day and month after a due date or an appointment's label.
    ("date", "My surgery is on the twenty-third.", "twenty-third"),
    ("date", "Her due date is 14/11.", "14/11"),
    ("date", "Appointment: 10/11 @ 9:30.", "10/11"),
    # Initials before a capitalised word after where someone is taken; a claim number with a
    # letter; a word opening a post before what a person says of her own.
    ("place", "My sister drives me to UT Southwestern every month.", "UT Southwestern"),
    ("place", "My sister Yesenia drives me to UT Southwestern every month.", "UT Southwestern"),
    ("id", "My claim number was C-28 419 337 if the rep needs it.", "C-28"),
    ("name", "huia said her daughter's pump site got infected.", "huia"),
    # A hospital known by one name of its own, though it is a word or a direction.
    ("place", "The respiratory nurse at the Causeway rang to check on me.", "Causeway"),
    ("place", "They moved him to the Western overnight, visiting is 2 till 4.", "Western"),
    ("place", "Mum has been in the Mater since Friday.", "Mater"),
    ("place", "The diabetes clinic at the Causeway's outpatients is slow.", "Causeway"),
    ("place", "He was transferred to Foothills overnight, then treated at Foothills for a week.", "Foothills"),
    ("place", "Dad ended up in AIIMS for 3 days; got a referral to AIIMS's pain clinic.", "AIIMS"),
    ("address", "Our flat is 1-2-3 Shibuya, near the station.", "1-2-3"),
    # An address with a spaced "@", a device's id after its kind, a ZIP after "out in".
    ("email", "Send it to jo @ gmail . com please.", "gmail"),
    ("device", "Dexcom transmitter ID 8G4K2P shows on the app.", "8G4K2P"),
    ("postcode", "We're out in 90210 now, any groups?", "90210"),
    ("name", "i met folake at the support group last month", "folake"),
    ("name", "Saw Dr.Wong yesterday, very thorough.", "Wong"),
    ("name", "Ah Beng got his transplant last month!", "Ah Beng"),
    # A nickname of the lists opening a sentence before where the person is from, though an acronym.
    ("name", "Gord from down the grid road checks on me every Sunday.", "Gord"),
    ("name", "Snowy from up the road brought the paper.", "Snowy"),
    # A university named by its state; a local health body named by its region.
    ("place", "Maddie and I started a T1D club at Ohio State last fall.", "Ohio"),
    ("place", "Levels checked at the Northern Care Alliance every three months.", "Northern"),
    ("place", "We're at the clinic in NYU twice a year for his heart.", "NYU"),
    ("place", "My husband's speech is coming back, the SLT at the N&N is wonderful.", "N&N"),
    ("place", "Call me if you need a lift to the Regional on Friday.", "Regional"),
    ("place", "Crisis last week, ER at Comer took 6 hours to give me anything; chemo at Sunnybrook again.", "Comer"),
    ("address", "Kwaku drives him to the eye clinic on Grand Concourse every week.", "Concourse"),
    ("place", "We're a Leeds-based charity for carers.", "Leeds"),
    # National identity numbers after their names, dots and all.
    ("id", "My RUT is 12.345.678-9 if anyone can get me the FONASA form.", "678"),
    ("id", "CURP: GODE561231HDFRRN09 for the clinic form.", "GODE561231HDFRRN09"),
    ("id", "my NRIC is S8234567D for the subsidy.", "S8234567D"),
    # Titles and words of address of other languages.
    ("name", "My reumatóloga, Dra. Flores, says the flare will pass.", "Flores"),
    ("name", "Nos ayudó mucho la Sra. Gómez en la farmacia.", "Gómez"),
    ("name", "We all miss Frau Keller from the Tuesday group.", "Keller"),
    ("name", "I asked Bu Ani about the dengue ward visiting hours.", "Ani"),
    # A street named by an ordinal and a compass point; a town's quarter named for a country; a
    # hospital in lowercase, named by its town; a town that is also a scale's eponym.
    ("address", "The clinic on NE 2nd Avenue checks pressure for free.", "2nd"),
    ("address", "The clinic on 2nd Avenue checks pressure for free.", "Avenue"),
    ("place", "The clinic in Little Haiti checks pressure for free.", "Little"),
    ("place", "my endo at boston childrens was happy with my a1c", "childrens"),
    ("place", "my mum is in glasgow now", "glasgow"),
    # A nickname that is a word, set off by commas after a role; a hospital known by its specialty;
    # a famous street as a building's address; a town's moor named by an everyday word.
    ("name", "Our union rep, Shorty, got Dad's claim moving.", "Shorty"),
    ("place", "The ALS clinic at the Neuro is the best thing that happened to us.", "Neuro"),
    ("place", "Started T at the clinic on Broadway last year.", "Broadway"),
    ("place", "We do the charity walk on the Town Moor every June.", "Moor"),
    # A username after the app it is on.
    ("handle", "If anyone wants to talk, I'm on Signal as morningside_mum, no judgement here.", "morningside_mum"),
    # A hospital's one-word name before a number; a name that makes an institution; a district's
    # name after an Arabic article.
    ("place", "Ba goes for dialysis at the General three times a week.", "General"),
    ("place", "Anyone else's OB at Rose Medical check your oxygen every visit?", "Medical"),
    ("name", "We met Omar al-Rashid at the clinic, his sister too.", "Rashid"),
    ("place", "The pain doc at Foothills wants to try a nerve block next month.", "Foothills"),
    # A hospital in lowercase after a service and "at"; the rest of a school's name after its town.
    ("place", "my oncologist at sloan wants scans every 3 months", "sloan"),
    ("place", "Thirty-five years teaching at Bournemouth School for Girls, now I can't read.", "Girls"),
    # A business before the street it stands on; a district's initial before its name.
    ("place", "Speech therapy at V-Excel on Harrington Road is expensive but worth it.", "Excel"),
    ("name", "She runs a parents' group at her home in T Nagar every Sunday.", "T Nagar"),
    ("place", "My son's sickle cell crises mean he's in Children's National every few months.", "National"),
    ("name", "The farming help line lady, Mags, rang me every week that winter.", "Mags"),
    ("place", "my school is farnley academy and the teachers dont know", "academy"),
    ("place", "Thirty years on the filleting line at Young's and my hands are claws now.", "Young"),
    ("place", "My husband worked Tower Colliery till it closed, now it's his chest.", "Colliery"),
    ("place", "Pop had his heart op and flew home to Fogo a week later.", "Fogo"),
    # The last net: a run of title-case words after "in" that holds a word for a place.
    ("place", "Our mob in Cape Barren have to fly out for treatment, it's hard on families.", "Barren"),
    # A street that shares its name with a famous one is, in most towns, just a street.
    ("address", "The asbestos solicitors on Regent Street were recommended by the union.", "Regent"),
    # A state's university hospital, in lowercase.
    ("place", "diagnosed in my first semester, my endo at ohio state is amazing", "ohio"),
    # A hospital named by a common word after a service and "at", after a language's compound;
    # usernames after the platform with nothing between, or shaped as one anywhere.
    ("place", "The Hmong-speaking nurse at Regions is the only one who explains it properly.", "Regions"),
    ("handle", "add me on discord neonwolf_0417 if u want to vent", "neonwolf"),
    ("handle", "message jo_bloggs_88 for the link", "bloggs"),
    ("handle", "Replying to throwaway_renal: yes, we did it through the NKR, took 5 months.", "renal"),
    ("place", "The endo at the Northern won't start me on T without a letter from the clinic.", "Northern"),
    # A town named like a disease's eponym, after a word for where and without the possessive; a
    # hospital named by a people's or a faith's word after a service and "at".
    ("place", "If anybody in Huntington needs Narcan the health department gives it out free.", "Huntington"),
    ("place", "my pain doc at swedish wants me off the oxycodone", "swedish"),
    ("place", "The chemo at Providence was rough but the nurses were kind.", "Providence"),
    # A street named with a number between its words.
    ("address", "The promotoras come to the community center on Mile 7 Road once a month.", "Mile"),
    # A block of flats by its number; a partner named by a word.
    ("address", "My mum stays with us, block 823, and the lift breaks every month.", "823"),
    ("place", "Our health ministry partnered with Provident for free mammograms.", "Provident"),
    ("place", "After the storm the clinic at Village de l'Est was closed for months.", "Est"),
    # A city by its initials, in lowercase.
    ("place", "anyone else from the okc area with crohns? looking for a support group irl", "okc"),
    ("address", "My uncle got his diabetes diagnosis at the pharmacy on No. 3 Road.", "No. 3"),
    # A hospital named by a common word in lowercase, after a service and "at", before what its
    # doctor does.
    ("place", "on day 12 of this migraine and my neuro at dent wants to try botox", "dent"),
    # A title of another language before a redacted name is no stray capital: redacted, not held.
    ("name", "Thanks to Mama Thoko who cooks for the support group every Friday.", "Thoko"),
    # A nickname that is a word, from a class people belong to.
    ("name", "Sully from our class had his second stent put in, he's home now.", "Sully"),
    # A street in lowercase: the plain street word after its name is part of it.
    ("address", "my asthma is so bad since they opened the warehouse on pershing road", "road"),
    # A workplace named before its kind in lowercase.
    ("place", "Papaw worked the Scotia mine and the doctors say his lungs are 30 percent.", "Scotia"),
    # A health service named by a compass word, after a therapist's initials (no title's capital);
    # "Main Street" without "the" is one town's street.
    ("place", "The OT at Western Health wrote a report that finally got the funding back.", "Western"),
    ("address", "His job coach meets him at the bus stop on Main Street every Monday.", "Main"),
    # A hospital named for a saint, in lowercase, with or without the possessive's apostrophe.
    ("place", "3rd night shift on the cardiac step down unit at st lukes and i am running on fumes", "lukes"),
    ("place", "she was born at st. vincents and never left the town", "vincents"),
    # A Roman numeral after a place's name is part of it.
    ("name", "Mi hermano me donó el riñón en el Siglo XXI y estamos bien.", "XXI"),
    # A place of one's own named after a comma; a hospital named by a virtue before a person's name.
    ("place", "Our church, Oriental Mission, runs a caregivers' prayer group on Wednesday mornings.", "Oriental"),
    ("place", "worst pain of my life, the ER at mercy fitzgerald gave me toradol", "mercy"),
    # A role, then a capitalised word that does something: a name, though a word.
    ("name", "The driver Hone knows every pothole and plays country music the whole way.", "Hone"),
    # A hospital's initials in lowercase after a service and "at"; a ward named for a place.
    ("place", "the POTS clinic at ucl finally got back to me, appointment is next month", "ucl"),
    ("place", "Huge thanks to Nurse Tash and the whole team on Camperdown ward.", "ward"),
    # A county of England; the rest of a church's name after "of"; a gym by its owner's possessive
    # in lowercase, on its street.
    ("place", "the rep drives round the whole of West Yorkshire with the samples", "Yorkshire"),
    ("place", "Sister Hyacinth from New Testament Church of God takes everyone's pressure.", "God"),
    ("place", "anyone else train at gold's on 5th? the squat racks are always taken lol", "gold"),
    ("place", "anyone going to diabetes camp at camp sugar falls this summer?? so fun", "sugar"),
    # A hospital's branch between its name and what its doctor does.
    ("place", "the derm at kaiser sunset said to give it 6 months before deciding", "sunset"),
    ("place", "my ivf clinic at create fertility just called, 4 embryos made it to day 5", "create"),
    ("place", "my gp at the heaton practice just shrugged, honestly what is the point", "practice"),
    ("place", "got my hearing aids from dr pham at westside audiology last week", "audiology"),
    # A hospital by its kind in lowercase after a service and "at the"; a street by its ordinal alone.
    ("place", "3 nights in a row on the ICU at the general and my feet are destroyed", "general"),
    ("place", "the eye clinic at the hospital on 165th is right by us", "165th"),
    # Capitalised words before an age over 89 name who is that old, though they are words.
    ("name", "Pi Say Paw is 95 and only trusts the Karen-speaking nurse at the clinic.", "Paw"),
    # A house of worship by a name of its own, not only its faith's words.
    ("place", "Our COPD group meets in the basement of Holy Family Ukrainian Catholic Church on Tuesdays.", "Family"),
    # A unit named by a word, after a service and "at the", before what its staff say.
    ("place", "my psych nurse deb at the hollies says i'm doing really well", "hollies"),
    # A city in lowercase after a word for where, though the dictionary has its name as a word.
    ("place", "mum's in tucson and i'm in boston, trying to manage her meds over facetime", "boston"),
    # The first word of a place's name in lowercase, between a word for where and the found rest.
    ("place", "three months in the chair, the ot at stoke mandeville is amazing", "stoke"),
    # A given name in lowercase after "at the" and before what happens there: a place named for someone.
    ("place", "clinical placement at the vic starts monday and i'm terrified", "vic"),
    # A city of common words in lowercase after a word for where; a venue by its acronym before its town.
    ("place", "my son's adhd meds are out of stock again at every pharmacy in fort worth", "worth"),
    ("place", "The asthma educator at ACCESS in Dearborn comes to the school twice a year.", "ACCESS"),
    # A hospital by its kind in lowercase after its staff and "at the", or after being taken "to the";
    # a hospital's word after its town in lowercase.
    ("place", "why does every receptionist at the royal act like we're wasting their time", "royal"),
    ("place", "she was rushed to the general last night with chest pain", "general"),
    ("place", "my sister is a nurse at dunedin public and she says the ward is full", "public"),
    # A given name that is also a word, between a verb of meeting and a gathering; a Mater hospital
    # in lowercase after a treatment there.
    ("name", "did my first shift with sue at the hospice, she's been doing it 20 years", "sue"),
    ("place", "anyone else had radiotherapy at the mater in townsville? how bad was the skin", "mater"),
    # Where someone lives, moved or is near, in lowercase: a town of the lists, though a word.
    ("place", "moved from reading to deal last spring and had to start again with a new gp", "deal"),
    ("place", "anyone near sale want to do the bowel cancer walk in may?", "sale"),
    ("place", "i live in march and the nearest cardiac rehab is 40 mins away", "march"),
    ("place", "we drive from mobile 3 times a week for the transplant clinic", "mobile"),
    ("place", "grant and me still go to the memory cafe in bath on wednesdays", "bath"),
    ("place", "baka lives in split and the nurse there speaks no english", "split"),
    # A hospital named for someone, in lowercase after "at the"; a unit's word before what its staff did.
    ("place", "my friend from the ward at the marsden passed away on sunday, she was 44", "marsden"),
    ("place", "the social worker at the lister got us a blue badge finally", "lister"),
    # A rural route and a British road by number (a place, as "Loop 410"); a housing estate by name in
    # lowercase; a workmate.
    ("place", "We're out on RR 2 past the cannery, the nurse gets lost every time.", "RR"),
    ("place", "An hour and a half down the A9 to the hospital for every appointment.", "A9"),
    ("place", "night shift, three falls in a row from the heights estate, same flat every time", "heights"),
    ("name", "crew mate tosh did his last shift tonight after 30 years, proper legend", "tosh"),
    # A relative by a kin title and a given name in lowercase; a clinic's nurse by her initials and
    # what she did; a hospital named for a saint, its apostrophe dropped, after a procedure there.
    ("name", "auntie mo is 93 and still won't let the carers wash her hair", "mo"),
    ("place", "diagnosed type 1 at 29, the dsn at heartlands saved my sanity", "heartlands"),
    # An institution named for whom it serves, before its town.
    ("place", "The Clinic for Special Children in Strasburg saved his life.", "Special"),
    # A given name before "the" and a job, even a word; the first word of a hospital's name after "the".
    ("name", "radiation done!! joy the radiation tech hugged me on the last day, i cried", "joy"),
    ("name", "up walking with frank the physio on tuesday", "frank"),
    ("place", "hip done at the royal berkshire on monday", "royal"),
    ("place", "came home to reading wednesday and the district nurse has been twice", "reading"),
    # A hospital by its kind where someone works nights, before its town.
    ("place", "trained in cebu, now on nights at the royal in wolverhampton, 6 years this march", "royal"),
    # A hospital's initials in lowercase after "the"; a hospital's specialty after its found name.
    ("place", "u still at the qe hun?? ill bring u a brew after work", "qe"),
    ("place", "6 months on the list for my knee, ringing the nuffield orthopaedic every week", "orthopaedic"),
    # A given name in lowercase whose family or funeral it is.
    ("name", "so sorry for your loss, sending love to all of tommy's family x", "tommy"),
    # A saint's town or hospital, hyphenated in French, in lowercase.
    ("place", "my daughter was born at 29 weeks at st-eustache, 8 weeks in nicu", "eustache"),
    # A supporters' hashtag holds a person's name.
    ("name", "OMG just got back from the hospital and the scan was CLEAR!!! #teamjayden", "jayden"),
    ("name", "Round 4 starts tomorrow #PrayForKatie", "Katie"),
    # A grid street by its number alone (the Prairies, British Columbia), no house number before it.
    ("place", "Bibi ji had a fall at the gurdwara on 120 Street last month.", "120"),
    ("place", "The clinic on 104 Avenue NW has an interpreter on Tuesdays.", "104"),
    # A women's hospital by its town in lowercase: the rest of its name goes with the town.
    ("place", "lap booked at christchurch women's for the 14th, so scared", "women"),
    # A relative's nickname in quotes after the relation.
    ("name", 'My uncle "Smokey" finally quit after his second heart attack.', "Smokey"),
    ("name", "my husband 'Tiny' drove me to every appointment", "Tiny"),
    # A town that is a word after one's doctor, dialysis or hospice and "in" or "near"; whom one visits
    # after her fall or in hospital, though her name is a virtue's.
    ("place", "our gp in rugby has been brilliant about the dementia meds", "rugby"),
    ("place", "dad's dialysis is in temple three times a week, its an hour each way", "temple"),
    ("name", "popped round to see grace after her fall, she's black and blue", "grace"),
    ("name", "visiting hope in hospice tomorrow, bringing her the good biscuits", "hope"),
    # A children's hospital by its first word in lowercase; a camp by name; a friend by a name that is a
    # word, and what he did.
    ("place", "anyone else's kid at cook children's? she has her endo appt there tuesday", "cook"),
    ("place", "camp this summer is at camp sweeney near the lake, cant wait", "sweeney"),
    ("name", "my son's best friend cash came to visit and brought his switch", "cash"),
    # A children's hospital named for its state.
    ("place", "the sickle cell clinic at Texas Children's is 40 minutes on a good day", "Texas"),
    # A town that is a word after one's GP and before what the GP did; after a men's shed; a town of two
    # words after a hospital and "at", or after moving.
    ("place", "psa was 9 so the gp in orange sent me to the urologist", "orange"),
    ("place", "the mens shed in young has a bloke who had the same op", "young"),
    ("place", "anyone been to the hospital at swan hill? heard the new surgeon is good", "swan"),
    ("place", "we moved to swan hill last year for his work", "swan"),
    # Whom a lowercase post opens by addressing; a given name, even a word, from one's group; a roommate
    # by a name that is a word, and what she does; SickKids in lowercase.
    ("name", "sage u still at the hospital or did they discharge u", "sage"),
    ("name", "indigo thank u for the heating pad rec it changed my life", "indigo"),
    ("name", "ash from my support group said the new biologic made her hair fall out", "ash"),
    ("name", "hazel from church brought a casserole... bless her", "hazel"),
    ("name", "my roommate juniper drives me to my iron infusions, love her", "juniper"),
    ("place", "shoutout to my nurse at sick kids who remembered my birthday", "sick"),
    # A town that is an idiom's word, between travelling "from" it and "to" another town.
    ("place", "we drove from hope to little rock for her chemo every week", "hope"),
    # A town in a hashtag, its words run together.
    ("place", "Had my first infusion today at the unit #teamIBD #Fife", "Fife"),
    ("place", "Race for Life done!! #LittleRock", "LittleRock"),
    # A town that is a word after a team and "in"; a given name that is a word paired with the writer;
    # an ex-partner by a name that is a word, and what they have.
    ("place", "me and my mate went to the perinatal team in hull together, so nice", "hull"),
    ("place", "the crisis team in sale were brilliant when i rang at 3am", "sale"),
    ("name", "honey and me are doing the buggy walk on sunday if anyone wants to join", "honey"),
    ("name", "my ex storm has the kids this weekend so i can finally sleep", "storm"),
    # A name before the kin word that honours it (South Asian English); whoever opens a clause by
    # taking someone somewhere or booking their appointment; a name paired with a relative; a sector.
    ("name", "pinky didi's sugar was 280 this morning, she skipped the insulin again", "pinky"),
    ("name", "lucky bhaiya took papa to the hospital for the angiography", "lucky"),
    ("name", "bunty has booked the cardiologist for friday 10am", "bunty"),
    ("name", "baby has a fever since last night, rinku is taking her to the clinic", "rinku"),
    ("name", "mummy and sunny will go with him, i have office", "sunny"),
    ("place", "rinku is taking her to the clinic in sector 17 today", "17"),
    # An inn by the two things on its sign, without "at".
    ("place", "Funeral is on Thursday at 2pm, then the Crown and Anchor after.", "Anchor"),
    # A small town whose name is a rare word, after a drive or a hospice; a town after one's consultant.
    ("place", "the ward is a 3 hour drive from wick so we stay over", "wick"),
    ("place", "iona and her mum are doing the shave for the hospice in oban", "oban"),
    ("place", "my consultant in cork says the scan looks stable", "cork"),
    # A given name, even a city's, with his or her relative and what they do.
    ("name", "phoenix and his dad are doing the jdrf walk saturday", "phoenix"),
    # A hospital by its possessive in lowercase after "at"; a virtue's name after a kin title and what
    # she did, after a relation and how he came, or paired with another doing turns for someone.
    ("place", "blessing is doing the night shift with mummy at king's so i'll do the day", "king"),
    ("name", "aunty comfort brought jollof for all the nurses on the ward", "comfort"),
    ("name", "my brother gift flew in last night to see daddy", "gift"),
    ("name", "praise and marvellous are taking turns to drive grandma to dialysis", "marvellous"),
    # A given name that is a word, in lowercase, where only a person stands.
    ("name", "rob's been amazing through all this, he does all the stoma changes now", "rob"),
    ("name", "told bill he has to stop lifting the mower, he never listens", "bill"),
    # A hospital's initials in lowercase after a doctor's duty there.
    ("place", "posting after night duty at pgi, my co-intern fainted in ot today", "pgi"),
    # A street by its name in lowercase after a word for where, without its number.
    ("address", "we used to walk the dog along marine parade every evening", "marine"),
    ("address", "the bakery on station road does gluten free now", "station"),
    # A clinician's place by initials no list knows; a hospital's second word that is also a greeting.
    ("place", "His neurologist at DENT changed his carbidopa and the shaking is better.", "DENT"),
    ("place", "the diabetes nurse at alder hey said to try a new sensor site", "hey"),
    # A hospital's word of faith or virtue in lowercase right after "at", before no noun.
    ("place", "our twins were born at 27 weeks at cedars and spent 90 days in the nicu", "cedars"),
    ("place", "my ent dr oyelaran at uhb said sound therapy might help", "uhb"),
    ("place", "my diabetes nurse claire at the royal free suggested switching my basal", "free"),
    ("place", "psoriasis again, my derm dr lowe at guys wants to start me on a biologic", "guys"),
    # A language after a verb of speaking is a language, but after "in" a town may share its name.
    ("place", "The community health rep in Zuni checks our sugar at the feast day.", "Zuni"),
    # A road by its kind and number; a veterans' hall by its initials is no address.
    ("place", "Our peer group meets at the VFW post on Loop 410, Tuesday nights, no judgment.", "410"),
    ("address", "Please send it to Flat 2, English Court, Leeds LS1 4AB.", "English"),
    # A harbour town after "out of"; a name no list knows after sending one's love to someone.
    ("place", "Dad fished out of Petty Harbour for forty years.", "Petty"),
    ("name", "sending love to ngaio, she's back on the ward again", "ngaio"),
    ("name", "thanks to kiri for the lift to the clinic", "kiri"),
    # A hospital by its possessive after being taken "to" it; a partner by a word-name before what
    # he keeps or is.
    ("place", "tunde took her to king's in the night, bp 190 over 110", "king"),
    ("name", "my partner ash keeps all my meds now because i forget", "ash"),
    ("name", "my partner sky is a nurse so she knows the drill", "sky"),
    # Whoever opens a clause worried or excited, or having had seizures; a town that is a word after
    # "i'm in", or after a class or a GP and before "with" or "finally".
    ("name", "the neuro upped her keppra, scout is worried she'll be sleepy again", "scout"),
    ("name", "wren had two absence seizures at forest school today so we came home early", "wren"),
    ("place", "i'm in reading and the fatigue service gave me a pacing diary", "reading"),
    ("place", "went to the breathing class in bath with a friend, actually helped", "bath"),
    ("place", "my gp in deal finally referred me after a year", "deal"),
    # An institution's name that goes on after "for": "Centre for Health".
    ("place", "The GP at Aldershot Centre for Health now sees him in Nepali.", "for Health"),
    # A given name, even a word, that a card is for, or that one went somewhere with; a lowercase
    # place's "court"; a town of two common words just "near".
    ("name", "made a get well card for poppy at craft club, she's having her op on thursday", "poppy"),
    ("name", "went with sunny to the ptsd course years ago, still the best thing i did", "sunny"),
    ("place", "went to the ptsd course at headley court years ago", "court"),
    ("place", "crashed on a descent near box hill last sunday, broken collarbone", "box"),
    # A venue by its title-case name after "at the", before its town.
    ("place", "He goes to the dance class at the Corn Exchange in Newbury every Tuesday.", "Corn"),
    # "our" before a sibling's name, in the North of England and Scotland.
    ("name", "me and our kev took dad for his scan, 4 hour wait in a&e", "kev"),
    ("name", "me mam thinks our jade is still at school, the dementia's got that bad", "jade"),    # A word-name cheered after an exclamation; a name remembered.
    ("name", "omg precious!!! congrats on the new job, told you you'd get it", "precious"),
    ("name", "in loving memory of deshawn, forever our warrior", "deshawn"),    # Initials that open a post before "here", with their dots, or sign it off.
    ("name", "J.R. here, new to the group and a bit lost.", "J.R."),
    ("name", "Thank you all so much. Love, KT x", "KT"),    # A word-name opening a post before what only a child or a patient does; a hospital's initials
    # after a ward "at the".
    ("name", "story came home from the nicu today after 94 days!!!", "story"),
    ("name", "blaze starts school on monday and i'm more nervous than he is", "blaze"),
    ("name", "lark is out of surgery, the neurosurgeon said it went well", "lark"),
    ("name", "cove had her jabs today and screamed the place down", "cove"),
    ("place", "the oncology ward at the rmch let us bring her guinea pig in to visit", "rmch"),    ("name", "cove said hi to everyone at the coffee morning", "cove"),    # A university by its initials and its campus's town; a street by a word no dictionary has, after a chain.
    ("place", "anyone else at ut austin get accommodations for pots?", "ut"),
    ("place", "abuela's insulin is $35 now at the walgreens on closner, finally", "closner"),    # A handle in a handle's shape after "on Instagram, I'm".
    ("handle", "Find me on Instagram, I'm spoonie.sarah.t1d there, I post my Dexcom graphs.", "spoonie"),    # Whom one gives a thing to, before the thing; a saint's town as members write it.
    ("name", "gave penny the spare commode, she needed it more than us now dad's gone", "penny"),
    ("place", "the hospice in st helier needs drivers for the day centre", "helier"),    # A town before its hospital's kind, in lowercase; country Australia's "the base".
    ("place", "went to the hydro pool at orange base hospital and it helped heaps", "orange"),
    ("place", "the pain clinic at the base has a 2 year wait", "base"),    # A unit's or a ward's name goes on to its kind in lowercase.
    ("place", "The team at the Schiehallion unit are like family now.", "unit"),    # One's children named in apposition, first and last of the list.
    ("name", "the twins, rowan and sage, both have the rsv now", "rowan"),
    ("name", "the twins, rowan and sage, both have the rsv now", "sage"),    # A city's hospital called "the city"; a children's hospital named for its state; a hyphenated town.
    ("place", "the macmillan nurse at the city told us to ring the hotline", "city"),
    ("place", "her hematologist at children's of michigan switched her to voxelotor", "michigan"),
    ("place", "my girl has her sickle cell appointment at children's mercy tomorrow", "mercy"),
    ("place", "we are at children's minnesota again for her port", "minnesota"),
    ("place", "anyone had their gallbladder out at cork university hospital? my surgeon is great", "cork"),
    ("place", "wee callum was in the sick kids for a week with his asthma", "sick kids"),
    ("place", "My father celebrated at VFW Post 8732 with his old squadron.", "8732"),
    ("place", "he drinks at the legion branch 25 most nights", "25"),
    ("place", "We got the call from the freeman at 2am, he is getting his new kidney today!!", "freeman"),
    ("place", "My son and his carer go swimming at ponds forge on Saturdays.", "ponds"),
    ("place", "Does anyone know if the beatson does parking permits? Mum starts next week.", "beatson"),
    ("name", "thank u to grace from the carers group in leyton, i couldn't have done it", "grace"),
    ("place", "Omg just got back from Mass General, they found a tumor.", "Mass General"),
    ("place", "we were at mass general for a week", "mass general"),
    ("place", "my cousin is in surgery at U of C tonight", "U of C"),
    ("name", "My dad reg has his sleep study next week.", "reg"),
    ("place", "took my son to alder hey walk in, they sent us home with calpol", "alder hey"),
    ("place", "We've been at the qe since Tuesday, my wife had her baby early.", "qe"),
    ("name", "Big thanks to will from the stroke club, he drove dad home.", "will"),
    ("place", "Big thanks to the stroke club in orange, they drove dad home.", "orange"),
    ("name", "my partner river and i moved to sale last year", "river"),
    ("place", "My son did the run round clumber park on Sunday.", "clumber"),
    ("place", "We're flying in from fargo next week for my son's crohn's.", "fargo"),
    ("name", "The walk was amazing, thank you deb and the whole team!", "deb"),
    ("place", "Anyone else see dr patel at mayo? We fly in next week.", "mayo"),
    ("place", "Grandma passed at sunny acres last night. My uncle was with her.", "sunny acres"),
    ("address", "thank you to the front desk of the dialysis center on airline hwy, you are great", "airline"),
    ("name", "We're at the hospital with our little man koa, his diagnosis was a shock.", "koa"),
    ("name", "my daughter essence starts there next week", "essence"),
    ("place", "Had my colonoscopy at the mater and my wife drove me home.", "mater"),
    ("name", "Thanks to the ambos, and to kev who stayed with dad till they came.", "kev"),
    ("place", "Dad's been moved to the prince of wales, his cardiologist is lovely.", "prince of wales"),
    ("place", "my cpn dawn from the priory rang today, they're upping my lithium", "priory"),
    ("place", "anyone know a good assessment place? the wait at gwh is 2 years", "gwh"),
    ("place", "my mate drove me to mile end hospital for my detox intake", "mile end"),
    ("place", "Anyone else's parent at the glen in Cavan? Mammy loves it there.", "glen"),
    ("place", "Dad is at the ottawa civic after his fall, my brother is driving up.", "civic"),
    ("place", "We stayed at the house near the u of m for 3 weeks.", "u of m"),
    ("place", "My grandma turned 90 at the lutheran home today!", "lutheran home"),
    ("place", "big up nurse claudette at whipps cross, she sorted my mum's leg ulcer", "whipps"),
    ("place", "my grandson goes to the asthma clinic at north mid every 3 months", "north mid"),
    ("place", "So grateful to my sister who drove me to the mercy in cork for every chemo.", "mercy"),
    ("place", "So grateful to my sister who drove me to the mercy in cork for every chemo.", "cork"),
    ("name", "my mom's caregiver blessing from the agency is the best", "blessing"),
    ("place", "they blue lighted him to the rvh in bath", "bath"),
    ("place", "Lost 20kg with the help of my dietitian at Heathfield Surgery.", "Surgery"),
    ("place", "my brother drove down from kings lynn to see him", "lynn"),
    ("place", "My dad is at sloan for his lymphoma, my cousin drives him.", "sloan"),
    ("place", "anyone else's kid at starship for kidney stuff? our boy is on dialysis", "starship"),
    ("place", "my partner has endo and the gyno at north shore finally listened", "north shore"),
    ("place", "My mum needs a physio after her hip, the one at uch has a long wait.", "uch"),
    ("place", "ma da's in the ulster wi his heart, our lad is comin up the night", "ulster"),
    ("place", "we live out of town so the nearest cancer center is renown in reno", "renown"),
    ("place", "Mom is doing better at shepherd center, her PT has her standing now.", "shepherd"),
    ("place", "We buried my father-in-law at holy cross on Saturday.", "holy cross"),
    ("place", "his worker is trying to get him a bed at laureate", "laureate"),
    ("place", "my wife works nights at brampton civic, she says the er is packed", "civic"),
    ("name", "my girl journey has her sickle cell appointment tomorrow", "journey"),
    ("name", "tita baby is confined at the hospital for dengue, pls pray for her", "baby"),
    ("name", "kuya boy drove us to the er last night", "boy"),
    ("place", "his day respite in kippa-ring has been a lifesaver", "kippa"),    # Whoever set the group up; a name no list knows after "the midwife".
    ("name", "ally set it up after his brother, we all know why", "ally"),
    ("name", "the midwife tolu at the birth centre understood me straight away", "tolu"),
    # A region by a word and a landscape's kind; a venue's kind after its name and "the".
    ("place", "anyone near cradle coast? looking for a bloke who gets it", "cradle"),
    ("name", "kofi and ama are running the youth session at the barton hill settlement this half term", "settlement"),
    # "the royal" before a hospital's name; a town after how far one drove; a hospital's possessive after
    # the runs to it; a teacher's aide by her name.
    ("place", "my da's in the royal alex again, third time since christmas", "royal"),
    ("place", "my moshom is in the royal university and the nurse visits him", "royal university"),
    ("place", "the clinic in ile-a-la-crosse flew him out after his fall", "ile-a-la-crosse"),
    ("place", "they took him to the queen elizabeth and now he's at home", "queen elizabeth"),
    ("place", "got my kidney at uab in 2019, my donor was my cousin", "uab"),
    ("place", "Mum is 93 now and the falls team at the General want her on alendronic acid.", "General"),
    ("place", "nan's chemo is on tuesdays, we drive in from conception bay south every week", "conception bay south"),
    ("place", "priya from this group got in quicker through chapel allerton", "chapel allerton"),
    ("place", "our little lad is in cuh again with his chest", "cuh"),
    ("place", "my husband was in banner estrella for a week", "banner estrella"),
    ("place", "my husband's parkinson's nurse at the n&n is brilliant", "n&n"),
    ("place", "dad's heart failure nurse comes out from the lgh every fortnight", "lgh"),
    ("name", "the community team covers us, clive comes on mondays", "clive"),
    ("name", "the nurse comes every fortnight, bec is her name", "bec"),
    ("place", "dad had his stroke and they flew him to charlies, the flying doctors were amazing", "charlies"),
    ("place", "we ranch outside big timber and the closest er is an hour away", "big timber"),
    ("name", "manman goes to the clinic. ti fanfan from church brings her soup every sunday", "fanfan"),
    ("place", "my youngest was at lady cilento overnight with his asthma", "lady cilento"),
    ("name", "pa houa from the clan association drives her every month", "pa houa"),
    ("place", "Ela nasceu prematura no Hospital das Clínicas e a enfermeira cuidou dela.", "Hospital das Clínicas"),
    ("place", "had my stroke at 34, i was at the western for six weeks then rehab", "western"),
    ("place", "we live in cherokee now", "cherokee"),
    ("place", "My dad's gout is the worst; his GP in Journal Square finally got him on allopurinol.", "Journal Square"),
    ("place", "Our daughter goes to Maryland School for the Deaf and loves it.", "Maryland School for the Deaf"),
    ("place", "mam's in the mid western for her chemo, the nurses on the oncology ward are angels", "mid western"),
    ("place", "my clinic is at christie now, the nurses are lovely", "christie"),
    ("place", "the hospice shop in salthill needs volunteers on saturdays", "salthill"),
    ("name", "joy from our batch is now charge nurse at the clinic, so proud", "joy"),
    ("name", "koro's heart doctor comes monthly. aunty mere makes sure he takes his pills", "mere"),
    ("name", "the memory cafe is great, ask for big davy at the door", "big davy"),
    ("place", "cody drove 3 hours to billings for chemo and back the same night", "billings"),
    ("place", "mum's friend from church does the hospital runs to jimmy's", "jimmy"),
    ("name", "ruby's teacher aide bec is the only one who gets her meltdowns", "bec"),
    ("name", "Niam Yer Xiong won't take the insulin unless the shaman has been first", "Yer"),
    # A hospital's initials after "in" alone.
    ("place", "Father brought Holy Communion to Daddy in UHL on Sunday.", "UHL"),
    # A small town that is a word, where a visitor comes from; a town's "base" hospital; whom someone
    # takes somewhere; what someone says, opening a clause.
    ("place", "the home care nurse from unity comes out on mondays to check mom's wound", "unity"),
    ("place", "shannon from the renal unit at broken hill base is the best", "broken"),
    ("name", "the flying doctor took wade to adelaide last night", "wade"),
    ("name", "got hailed out again near kindersley, dale says we'll get by", "dale"),
    # A Māori word of respect before a name that is also a word.
    ("name", "Whaea Mere from the kōhanga made a roster so someone is always with him.", "Mere"),
    # Who lent one something, after "and"; a given name ICD-10 holds as a word, opening a clause; a
    # loch's name; a small town the bus comes from.
    ("name", "my dexcom fell off in pe again and ocean lent me her spare sensor, legend", "ocean"),
    ("name", "river had a seizure at the skatepark and his dad drove him to the er", "river"),
    ("place", "her mum is driving us all to the t1 camp at loch eil in july", "eil"),
    ("place", "the bus from wick to the hospital takes four hours each way", "wick"),
    # A hospital's second word before a pause; initials after losing toes "at"; a town "comes" after;
    # a short town after coming "up from"; who keeps a thing going.
    ("place", "our kayden is finally off the ward at alder hey, the nurses were boss", "hey"),
    ("place", "my tío lost two toes at dhr last year and still eats pan dulce", "dhr"),
    ("place", "the promotora from the clinic in mission comes to the colonia on fridays", "mission"),
    ("place", "the physio comes up from ayr once a fortnight", "ayr"),
    ("name", "since his heart attack, chase is fishing it for him", "chase"),
    # A town where a pediatrician is.
    ("place", "my son's pediatrician is in golden but the specialist is 3 hours away", "golden"),
    # A form's field for where, after a semicolon, by capitalised common words.
    ("place", "Buddy form — Name: Meskerem; Area: Silver Spring; Hospital: Holy Cross; Best contact: x", "Cross"),
    # A nurse's name after two words of her service; who set up a group.
    ("name", "since long covid i can't do my shifts, the occupational health nurse reign has been kind", "reign"),
    ("name", "wren set up the zoom group for the folks here, thursday at 7", "wren"),
    # Hospitals' initials before and after "not".
    ("place", "yes the ambulance took her to the qe not the rvi, they're good there", "rvi"),
    ("place", "yes the ambulance took her to the qe not the rvi, they're good there", "qe"),
    # A Japanese honorific after a name that is an eponym too.
    ("name", "Kawasaki-san, our neighbour, drove us when our boy was ill.", "Kawasaki"),
    # A hospital called by its kind, where a nurse drives out from.
    ("place", "my uncle's up north and the chemo nurse drives out from the general there", "general"),
    # A prison's initials before its town.
    ("place", "My son is in HMP Wandsworth and the healthcare wing still hasn't given him his inhaler.", "HMP"),
    # Who at a service did something, opening a clause, though her name is a word.
    ("name", "dawn at the farm wellness line talked me down, she's from round here too", "dawn"),
    # A nickname in quotes before a surname of the lists.
    ("name", 'Mom\'s friend "Tiny" Pham runs the free screening on Sundays.', "Tiny"),
    # Where someone "stays" in South Africa: a township by a name and a landscape's kind.
    ("place", "ouma stays in mitchells plain and the clinic there never has her pills", "mitchells"),
    # A street of common words after "on"; who brings one something; who comes from one's block.
    ("address", "my son's therapy is on old airport road, the ot is very good", "airport"),
    ("name", "bunny brings her boudin on sundays and sits with her so we can go to mass", "bunny"),
    ("name", "mercy from our apartment drives us every saturday, god bless her", "mercy"),
    # "ft" for "Fort"; whom one is told to ping; a street after a dialysis chain.
    ("place", "we pcs'd from ft bragg to ft cavazos and tricare still hasn't moved his referral", "bragg"),
    ("name", "ping rio for the rota, he drives the dialysis run on thursdays", "rio"),
    ("place", "the nurses at the fresenius on soncy love him", "soncy"),
    # A hospital after driving a relative to it; a date in French.
    ("place", "Thanks to all who drove Grandpa to LDS Hospital every week for a year.", "LDS"),
    ("date", "Mon père est hospitalisé depuis le 14 mars, and the nurse speaks English with us.", "14 mars"),
    # A hospital named for a hall; a hospital of two words before what its doctor does; who from
    # church brings someone; a town where a bloke who helps is.
    ("place", "our kez has been at russells hall since friday, they think it was a bleed", "russells"),
    ("place", "my daddy's oncologist at singing river wants to try immunotherapy", "singing"),
    ("name", "crystal from church brings him to radiation every morning at 7", "crystal"),
    ("place", "if you're struggling, the farmers' mental health bloke in sale is good", "sale"),
    # Who runs something with her mother, opening a clause.
    ("name", "precious and her mom run the sickle cell walk every september", "precious"),
    # A hospital of two words before its town; a hospital by a point of the compass and its area; an
    # island.
    ("place", "mama's radiation is at singing river in ocean springs, my uncle drives her", "singing"),
    ("place", "my da's on oxygen now, the respiratory nurse from the north tees comes every friday", "tees"),
    ("place", "my nan is in the north mid again, third time this year", "mid"),
    ("place", "the diabetes educator from palm island is the only one he listens to", "palm"),
    # A hospital by one word after "at the", before its town.
    ("place", "my dad's getting chemo at the cross in edmonton, we stay at the lodge", "cross"),
    # A place no list or page has, where a café is; a centre named for a person; where one is from,
    # named by a possessive; a given name that is a word, with one's crowd.
    ("place", "couldn't have done it without the lads at the cafe in easterhouse", "easterhouse"),
    ("place", "pop's copd is bad this winter, he's at the miller centre for rehab", "miller"),
    ("place", "we're from heart's content, the nurse practitioner sees him now", "heart's"),
    ("name", "three years clean on friday, couldn't have done it without storm and the lads", "storm"),
    # A hospital's name after a drive from a town; a health system named by its state and "Medicine".
    ("place", "We drive from Fremont to UCSF Benioff every Tuesday", "UCSF"),
    ("place", "His brother gave his bone marrow at Nebraska Medicine and our church prayed", "Nebraska"),
    # A town whose name a drug's brand shares, where one comes from; a mount, abbreviated; who runs
    # something; the hospital called "the health sciences".
    ("place", "my tanty had her stroke, my cousin flew in from arima", "arima"),
    ("place", "my tanty had her stroke and they took her to mt hope, my cousin flew in", "hope"),
    ("name", "the memory cafe is lovely, pepper who runs it makes the best pasties", "pepper"),
    ("place", "we're in the city but she'd rather go to the health sciences", "sciences"),
    # An e-mail address spelt out with a space in its user's part; a hospital's initials before its
    # site's name.
    ("email", "If you want the parents' group write to yael dot ben ami at gmail dot com; thanks", "ben"),
    ("place", "Ma fille est suivie au CHUS Fleurimont depuis mars", "CHUS"),
    # A children's hospital by its first word; a town where a hall is; who brings the group's food.
    ("place", "my baby girl had another crisis and they admitted her at children's downtown", "children's"),
    ("place", "the mums' group meets at the hall in crows nest on tuesdays", "crows"),
    ("name", "the mums' group meets on tuesdays, lolly brings the scones", "lolly"),
    # A hospital named for the two bodies that run it, joined by "+".
    ("place", "Mi hermano was on a 5150 at LAC+USC for three days", "USC"),
    # A town of two words that a visitor comes from; a place on a hill.
    ("place", "the diabetes nurse from mountain ash is lush", "ash"),
    ("place", "granny does her dialysis three times a week, my cousin drives her from fox hill", "fox"),
    # A hospital named the Portuguese way without a particle.
    ("place", "Minha mãe faz quimioterapia no Hospital Santa Cruz e a enfermeira é um anjo", "Hospital"),
    # A vehicle's plate, after "plate" alone.
    ("id", "My tia drives my avó to every appointment in her old van, plate 7KX 492.", "7KX"),
    # A given name, though a word, before who the person is to one.
    ("name", "i was inpatient for three months, jade my key worker saved my life", "jade"),
    # A hospital's initials before its town; a Doric nickname paired with the writer.
    ("place", "my abuelita gets her insulin at dhr in edinburg, my cousin takes her", "dhr"),
    ("name", "any of the lads want to meet for a walk, dod and me go saturdays", "dod"),
    # A town past which one lives.
    ("place", "my granny lives out past itta bena and only trusts the clinic", "itta"),
    # A shopping mall by its name.
    ("place", "Bà nội is on the transplant list; we live near the Asian Garden Mall.", "Garden"),
    # A royal hospital named for its town; a hospital named for a prince; where one is driven from.
    ("place", "me mam's been in the royal stoke a fortnight, the bus is easy", "stoke"),
    ("place", "the clinic sister at prince mshiyeni is so kind", "mshiyeni"),
    ("place", "my kokum does her dialysis, my uncle drives her from brokenhead", "brokenhead"),
    # A month and its year in the languages members mix in.
    ("date", "Far min fikk diagnosen i mars 2021; his physio is brilliant.", "mars"),
    ("date", "Mi madre fue diagnosticada en marzo de 2021.", "marzo"),
    # A town of three words, one of them a function word.
    ("place", "we live outside truth or consequences so the nearest dialysis is a long way", "consequences"),
    # A hospital by its one word, where someone is, before its town; a name from the marae.
    ("place", "grandpa's sugars are bad, he's at covenant in lubbock again", "covenant"),
    ("name", "my nan came down to help, kiri from the marae brought soup", "kiri"),
    # A hospital named for Our Lady; one named for someone, after "the", before its town.
    ("place", "my uncle had his bypass at our lady of the lake and he's home now", "lake"),
    ("place", "mum's at the mater in brisbane again, the nurses are lovely", "mater"),
    # In lowercase: a hospital by a town's name that is a word; a memorial hospital by its words;
    # a given name's possessive after "at".
    ("place", "nani's sugar is high, the doctor at cwm hospital changed her tablets", "cwm"),
    ("place", "she had her stroke and went to colonial war memorial hospital by ambulance", "colonial"),
    ("place", "my cousin and me take turns staying at jimmy's with dad", "jimmy"),
    # In lowercase: a town named as a month, where one comes down from; a town above which one farms.
    ("place", "mum's in again, i'm coming down from march every day on the train", "march"),
    ("place", "we farm up above settle and the district nurse has to come out", "settle"),
    # In lowercase: a given name, even a word, with whom someone lives somewhere.
    ("name", "dad's in the home now, mum stays with dot in kentville", "dot"),
    # In lowercase: a hospital's initials where someone is; after a group "at the", before what it did.
    ("place", "my nanna is at rdh again, my aunty flew in to sit with her", "rdh"),
    ("place", "marcus from the sickle cell group at the bri rang to check on my son", "bri"),
    # In lowercase: a hospital by one word after "in the", before a town no list has.
    ("place", "mam's chemo is in the regional in dooradoyle, my sister comes down", "regional"),
    # In lowercase: a town no list has, before its kind; a town one is driven in from; a hospital's
    # initials one is taken to.
    ("place", "we come in from broughty ferry on the bus, takes ages", "broughty"),
    ("place", "my brother drives me in from warman for dialysis", "warman"),
    ("place", "dad had his stroke and they took him to hri, the stroke nurse is brill", "hri"),
    # In lowercase: a hospital by a word no list has, where someone is; the health sciences where
    # someone is; a town whose word never stands bare after "in".
    ("place", "gogo is at mpilo since tuesday, my cousin sits with her", "mpilo"),
    ("place", "dad's in the health sciences after his heart attack", "sciences"),
    ("place", "mum had her stroke in deal and they took her to the hospital", "deal"),
    # A care home someone moved into.
    ("address", "Mawmaw moved into Heritage Manor last month and the aide is a saint.", "Heritage"),
    # A neighbourhood of capitalised words joined by a hyphen, where someone comes from.
    ("place", "We drive in from Cedar-Riverside every morning and my brother stays nights.", "Cedar"),
    # In lowercase: a name after whose name it is; after a community nurse or a key worker, even a word;
    # whom a crisis team sends out; who a clinician at a place is, at a clause's end.
    ("name", "the nurse's name was hope, she stayed all night", "hope"),
    ("name", "my cpn joy from the team has been brilliant", "joy"),
    ("name", "my cpn tui came round", "tui"),
    ("name", "the crisis team sent summer out to us, she was lovely", "summer"),
    ("name", "my counsellor at headspace in frankston is jade, she's been great", "jade"),
    ("name", "the diabetes educator faith at mercy is so kind", "faith"),
    ("name", "my dad's rehab is at the leisure centre, our sky takes him", "sky"),
    ("name", "our daughter's ot at great ormond street is willow, she's brilliant", "willow"),
    ("place", "picu at alder hey were amazing, my sister drove over", "hey"),
    ("place", "i'm at the western for my knee every week and the physio there is useless", "western"),
    # Where a doctor named with a title works, by "the" and a word in lowercase.
    ("place", "We saw Dr Hughes at the heath today and she wants another MRI.", "heath"),
    ("place", "my son has type 1, the nurse blessing from the manor comes to school", "manor"),
    ("name", "my nanna lives with us now, our reign helps her up the stairs", "reign"),
    ("name", "had my mri today, the radiographer marvel was lovely", "marvel"),
    # A hospital by a word and its kind in lowercase, after a word for where.
    ("place", "My dad is in victoria infirmary in kirkcaldy.", "victoria"),
    ("place", "the chemo nurse tammy at self regional is a saint", "self regional"),
    # A church by its rank among a town's of its denomination; a title-case run after "round to".
    ("place", "Our home group meets in the basement of First Presbyterian in Asheville.", "Presbyterian"),
    ("place", "now I go round to Harbor View; my counsellor there is fair.", "Harbor"),
    # ... and a children's hospital by its town and "kids", in lowercase.
    ("place", "my daughter sunny is at westmead kids with leukaemia", "kids"),
    # A military base by its kind before its name; a hospital by its faith alone; a school by its number.
    ("place", "We moved from Fort Hood to Joint Base Lewis-McChord and had to start again.", "Joint"),
    ("place", "the social worker at lutheran got my mom medicaid", "lutheran"),
    ("place", "my son goes to speech at ps 189, his teacher is nice", "189"),
    # A relative after a Spanish word for kin, in lowercase.
    ("name", "my abuela's in the er again, my tio papo is with her", "papo"),
    # A hospital by a word and "hospital" in lowercase; the last name of a hospital named for a knight.
    ("place", "my husband's dialysis is at services hospital, our neighbour drives him", "services"),
    ("place", "papa is in icu at sir ganga ram, bhaiya is there with him", "ram"),
    # An age over 89 in brackets, exclaimed.
    ("age", "Grandad (97!) still walks to the Legion every day.", "97"),
    # In lowercase: a faith's hospital by its compass word; a campus after a found hospital; a church's
    # denomination after its name; a procedure "in the" hospital; a district named for someone.
    ("place", "My mom is at baptist east in louisville tonight.", "east"),
    ("place", "Grandpa fell at home and they flew him to st thomas midtown.", "midtown"),
    ("place", "Our pastor from new hope baptist visits Mom every Sunday.", "baptist"),
    ("place", "my da had his bypass in the mater, our girl came home to see him", "mater"),
    ("place", "grandad's in the hospice in harold's cross now", "cross"),
    # In a post with capitals, a relative's or a carer's name typed in lowercase, after a capitalised possessive.
    ("name", "Mum's carer crystal has been moved, so we've got someone new.", "crystal"),
    ("name", "My grandson river was born on Sunday.", "river"),
    # In lowercase: whom one meets with a parent, sends love to, or keeps company with, though the names are words.
    ("name", "Lovely to meet summer and her mum at the group yesterday.", "summer"),
    ("name", "love u autumn, see u at the meeting", "autumn"),
    ("name", "thank you dawn from the diabetes program for checking my feet", "dawn"),
    ("name", "went to the support group with storm and river, it was good", "storm"),
    ("name", "me, sky and blaze did the walk for the hospice", "blaze"),
    # In lowercase: where someone's relative was referred, before its town; a lake by its name.
    ("place", "the clinic referred mom to essentia in duluth", "essentia"),
    ("place", "he had his stroke ice fishing on leech lake, they flew him out", "leech"),
    # ... and a GP practice called by "the" and a word.
    ("place", "the practice nurse at the grove surgery wants her on insulin", "grove"),
    # ... and a district of a town's word and "side".
    ("place", "the team in moss side has been brilliant to us", "side"),
    # A hospital named for a royal by the royal's title alone.
    ("place", "induced at the princess royal yesterday, my partner came", "princess"),
    # ... and one such word after "at", though each part is a known word: a hospital named for its founders.
    ("place", "Her neurologist is Dr. Hadžić at Barnes-Jewish. We live out of town.", "Barnes"),
    # In lowercase: a hospital named for a person whose given name is a word; a hospital by its
    # kind where someone is again.
    ("name", "the clinic sent her to rob ferreira and my brother went with her", "rob"),
    ("place", "granda's in the mater again with a chest infection", "mater"),
    # In lowercase: a hospital by a word and its kind after a heart cath; a town's royal; a district
    # by "the" and its word ending in "side".
    ("place", "grandmama had her heart cath at delta regional in greenville", "delta"),
    ("place", "nan fell again, the ambulance took her to hull royal", "hull"),
    ("place", "me da's in again with his chest, we're over in the waterside so it's handy", "waterside"),
    # In lowercase: a street named for a crooked creek; a hospital by "the" and a landscape's plural.
    ("address", "my sponsor drove me to the clinic, we live up on crooked creek road", "crooked"),
    ("place", "dad's in the foothills in calgary after his fall at the ranch", "foothills"),
    # In lowercase: towns whose words are nouns that take an article, bare before what follows a town.
    ("place", "mum had her stroke at home in street and they took her to the hospital", "street"),
    ("place", "my anaana got sent down from pang for her kidneys, my sister went with her", "pang"),
    # In lowercase: a town by a surname and its kind, where a nurse comes out from.
    ("place", "the diabetes nurse comes out from fisher branch every month", "fisher"),
    # In lowercase: a given name and a surname after a word for where, before what follows a place
    # (a hospital named for someone, or someone); a children's hospital by its word, before what its
    # staff did; a given name before whose neighbour it is and what they did.
    ("name", "she drove me to henry ford at 3am when i was in crisis", "henry"),
    ("place", "my aunty is at ben taub since sunday", "taub"),
    ("place", "my son's hematologist at children's moved to a new practice", "children's"),
    ("name", "drove up for my scan, ace my neighbour fed the dogs", "ace"),
    # A child's name that is a word, before the child's age.
    ("name", "Journey is 2 now and sees the developmental clinic every month.", "Journey"),
    # In lowercase: a nickname after a kin title, before what a person did.
    ("name", "they flew him to the city and my aunt peaches met him there", "peaches"),
    # In lowercase: a hospital named by a church, where someone was taken, before its town; a
    # provincial hospital by its town.
    ("place", "he had his heart attack and they took him to methodist in memphis", "methodist"),
    ("place", "my ambuya is at mutare provincial since friday", "provincial"),
    # In lowercase: a given name after whose it is, before coming home; a hospital by one word where
    # someone is taken for care.
    ("name", "our river came home from the neonatal unit last week", "river"),
    ("place", "her carer takes her to mayday for her checks", "mayday"),
    # In lowercase: a town named as a state of life, where one drives in from.
    ("place", "dad's dialysis is three times a week, we drive in from paradise for it", "paradise"),
    # A hospital by initials and a name; a nickname in quotes after a role, before what they do.
    ("place", "My uncle runs the wellness circle at W.W. Hastings in town; it's open to anyone.", "Hastings"),
    ("name", 'Did 28 days in rehab; my sponsor "Tiny" still rings every morning.', "Tiny"),
    # In lowercase: a hospital and a neighbourhood by "the" and a landscape's plural, where care is
    # and where someone is picked up from.
    ("place", "dad's dialysis is at the seven oaks and it takes all morning", "oaks"),
    ("place", "my sister picks him up from the maples after work", "maples"),
    # In lowercase: cities by their people's names for them.
    ("place", "we go to the ms group in manc every month", "manc"),
    ("place", "moved back to philly last year, my pcp is great", "philly"),
    # A town in lowercase after a hospital someone is at, in a post with capitals.
    ("place", "Grandpa turned 80 and the nurse at Baylor Scott & White in temple brought him a cake.", "temple"),
    # In lowercase: a hospital by its kind after a service and how often; a saint's hospital by the
    # saint's initial.
    ("place", "dialysis three times a week at the city, me and my brother get the bus", "city"),
    ("place", "mum's chemo is at st v's now, praying for everyone who starts next week", "v's"),
    ("place", "anyone go to the kidney clinic at st. b in town? my dad starts dialysis next week", "st. b"),
    ("place", "My husband had his bypass at the jewish general, the nurses were so kind.", "jewish general"),
    ("place", "my dad is at catholic memorial again for his heart", "catholic memorial"),
    ("place", "My grandad is 80 and still goes to the match at anfield with my uncle.", "anfield"),
    ("place", "we drove to the game at lambeau field with his oxygen", "lambeau field"),
    ("place", "The sickle cell clinic at memorial in the city is great.", "memorial"),
    ("name", "my da paddy is in the stroke unit since friday", "paddy"),
    ("place", "my nani had her cataract surgery at hinduja in mahim last week", "mahim"),
    ("place", "Our daughter was diagnosed with type 1 at cheo, we live out in the country.", "cheo"),
    ("place", "He was seen for his asthma at kgh last week.", "kgh"),
    ("place", "the nurse at centro medico speaks english and helped my pops", "medico"),
    ("place", "Our son starts chemo on Monday and we're driving from Fond du Lac.", "Fond du Lac"),
    ("place", "My father had his aneurysm repaired at l'Enfant-Jésus, merci to the team.", "Enfant"),
    ("place", "my gran goes to the diabetes clinic at hastings indian in the city", "indian"),
    ("age", "thanks for sorting me nan's oxygen, she's 90 next week and still smoking", "90"),
    ("name", "My pap walt lives on his own and still drives to his eye injections.", "walt"),
    ("place", "shout out to the diabetes ward at the maelor, my taid loves them", "maelor"),
    ("place", "Anyone's kid at the alberta children's? Our son has his fusion there in march.", "alberta"),
    ("place", "Just want to thank her at musc, she's the best infusion nurse.", "musc"),
    ("place", "I had my gastric sleeve at north shore and the surgeon was lovely.", "north shore"),
    ("place", "Shout out to Dr. Ochoa at Covenant in town, the only one who took my lupus seriously.", "Covenant"),
    ("place", "my nani is admitted at ganga ram in the city, my mamu stays with her", "ram"),
    ("place", "My nan is in the regional in sydney, she wants to go home.", "regional"),
    ("place", "my mamgu had her cataract done at neath port talbot, diolch to the nurse", "port talbot"),
    ("place", "We drove up from ayr to townsville for his tonsillectomy.", "ayr"),
    ("place", "We drove up from oban to glasgow for his op.", "oban"),
    ("place", "Anyone else's dad at vic in blackpool? He's been on ward 38 a month.", "vic"),
    ("name", "my sekuru farai is at the hospital, my sisi is with him", "farai"),
    ("name", "my pop lar was flown out for his stent", "lar"),
    ("place", "Dad is in DGRI with a chest infection; my sister lives nearby.", "DGRI"),
    ("place", "me nana is above in cuh since tuesday, me uncle is with her", "cuh"),
    ("name", "our bub ivy-rose is in hospital with bronchiolitis", "ivy-rose"),
    ("place", "my nan is in the gen in st helier, my cousin flew over", "gen"),
    ("place", "my grandma goes to gimc for her dialysis, we live out of town", "gimc"),
    ("place", "my obaachan is at osaka red cross, my uncle visits every day", "red cross"),
    ("place", "ma da is in the ri efter his heart attack", "ri"),
    ("name", "We're in town and I'm due in april with our harper.", "harper"),
    ("name", "My mom had her knee replacement and the PT jared was awesome.", "jared"),
    ("place", "my mawmaw is at jps after her fall, my cousin drove in", "jps"),
    ("name", "my bubu is in hospital with tb, my brata junior is looking after him", "junior"),
    ("place", "Shout out to the nurse at community regional, she made his chemo days easier.", "community regional"),
    ("name", "me mam peg is in hospital with her chest, me brother is with her", "peg"),
    ("place", "we live in selly oak and the bus is fine", "oak"),
    ("name", "my nonc t-boy is in hospital after his heart attack", "t-boy"),
    ("name", "my kuia huia is in hospital, my uncle brought her", "huia"),
    ("place", "My brother had his heart cath at iu health bloomington and he's doing well.", "iu health"),
    ("place", "Grandad is in grey base, mum is driving down tomorrow.", "grey base"),
    ("place", "Had my shoulder done at horder in crowborough last spring.", "horder"),
    ("place", "my son sees his neurologist at the great western, we live in chippenham", "great western"),
    ("place", "Anyone had a biopsy at monklands? I'm nervous.", "monklands"),
    ("place", "My mum goes to bara for her diabetes check, my sister drives her.", "bara"),
    ("place", "my aunt had her surgery at luth in idi-araba, my egbon is with her", "idi-araba"),
    ("place", "Dad had his bypass at Mayo University Hospital last spring and is doing great.", "Mayo"),
    ("place", "my lolo was at chong hua in mandaue for two weeks", "chong hua"),
    ("place", "Anyone been to arh in harlan? My mamaw needs her gallbladder out.", "arh"),
    ("place", "Grandad was airlifted to the foothills after his fall, we're on our way.", "foothills"),
    ("place", "our nan is in ninewells since tuesday, me mam is with her", "ninewells"),
    ("place", "my dad goes to ou medical in tulsa for his dialysis", "ou medical"),
    ("place", "nanna is at the base in bendigo since tuesday", "base"),
    ("place", "my grandpa is at korle bu since monday, we are praying", "korle bu"),
    ("phone", "ring my sister on four one six, five five five, 0198 anytime", "0198"),
    ("place", "Dad was sent from kamloops to vgh for his angiogram last week.", "vgh"),
    ("place", "my granddaddy goes to memorial in gulfport for his chemo", "memorial"),
    ("place", "our wee lass is in the sick kids wi a chest infection", "sick kids"),
    ("place", "my da is in the bon secours since friday", "bon secours"),
    ("place", "Grandad is in royal derby with his chest, we're all worried.", "royal derby"),
    ("place", "they took him to rdh after his stroke, we're driving up", "rdh"),
    ("place", "My tutu is at queens since Friday, my uncle flew over.", "queens"),
    ("place", "my aachchi is at lanka hospitals in colombo", "lanka hospitals"),
    ("place", "We live out past hay so the drive is brutal.", "hay"),
    ("name", "My kokum mary rose is at the hospital", "rose"),
    ("place", "my nan is in pilgrim since monday", "pilgrim"),
    ("place", "My nan was airlifted from nain to the hospital.", "from nain"),
    ("place", "ma granda is in the rah wi his chest", "rah"),
    ("name", "my mum is at kamuzu central in lilongwe since monday", "central"),
    ("place", "My nan is in the lister in stevenage and my uncle drove up.", "lister"),
    ("name", "Grandad jock is in hospital since Sunday.", "jock"),
    ("name", "Aunt peaches met him at the door.", "peaches"),
    ("place", "anyone else's mum at jimmys? she's on ward 18", "jimmys"),
    ("place", "my nan is in tuth since sunday", "tuth"),
    ("place", "my dadi is in guru nanak dev hospital again", "guru"),
    ("place", "my mum is in our lady's in drogheda since monday", "our lady's"),
    ("place", "my son gets his infusions at iowa med in iowa city", "iowa med"),
    ("place", "My aunty drives up from bluff.", "bluff"),
    ("place", "We drive from kyneton to bendigo health for his chemo.", "health"),
    ("place", "Been up at scarborough hosp all night with my mum.", "hosp"),
    ("place", "My grandma is at good sam since Monday.", "good sam"),
    ("name", "my wofa yaw is with her", "yaw"),
    ("place", "we're all at stepping hill tonight", "stepping"),
    ("name", "Me and kev were at the hospital all day.", "kev"),
    ("place", "My sister drove me to mercy west for my scan.", "mercy west"),
    ("place", "my granny is at ut medical in knoxville", "ut medical"),
    ("place", "Mam had her cataracts at the south infirmary and my sister drove her.", "south infirmary"),
    ("place", "me and me nan live in the gong, she has her dialysis there", "gong"),
    ("place", "we drove up from the soo for his scan", "soo"),
    ("place", "Mam is in the bons in galway since Friday.", "bons"),
    ("place", "the nearest hospital is memorial in gulfport", "memorial"),
    ("place", "my daughter starts insulin at rch next week", "rch"),
    ("place", "Is the parking at the lgh still bad?", "lgh"),
    ("place", "Thanks to everyone at ruh who looked after my nan.", "ruh"),
    ("place", "My nan was moved from kch to another ward.", "kch"),
    ("place", "Mam's just home from mayo general.", "mayo general"),
    ("name", "Mum (jean) is on the ward since Sunday.", "jean"),
    ("place", "Thanks to the team at the aga khan for my baby.", "aga khan"),
    ("place", "my grandad is at north coast healthcare in coffs harbour", "north coast healthcare"),
    ("place", "my dada is admitted in lrh in the city, my chacha is with him", "lrh"),
    ("place", "me nan is on the acute ward at stepping hill, me auntie came", "stepping hill"),
    ("place", "The district nurse comes over from Lorn and Islands every Thursday.", "Islands"),
    ("name", "the stroke team were brilliant, the speech therapist bliss got mum talking again", "bliss"),
    ("place", "My son was flown from lismore base to the gold coast for his appendix.", "gold coast"),
    ("name", "our ruby-jean had an asthma attack at school", "ruby-jean"),
    ("name", "My wife is at the clinic of Dr. F.H. Wigmore after her fall.", "H."),
    ("name", "my makhulu nomsa is at the hospital, my sisi is with her", "nomsa"),
    ("name", "my lolo pedring is at the hospital, my tita is with him", "pedring"),
    ("place", "My mam is in north tees with pneumonia, our kid is driving up.", "north tees"),
    ("name", "my ba is admitted in the city hospital, my masi hetal is with her", "hetal"),
    ("place", "Dr. Two Bulls at Billings Clinic caught my melanoma early.", "Clinic"),
    ("name", "my kui mere is in hospital, my uncle came to see her", "mere"),
    ("place", "My mum is in the countess with sepsis, my brother is coming over.", "countess"),
    ("place", "My brother is coming from ellesmere port tonight.", "port"),
    ("place", "Had my baby at rli and the midwife was amazing.", "rli"),
    ("place", "my dad is at the general in sault ste. marie after his heart attack", "general"),
    ("place", "I'm in eastbourne and the diabetes nurse tina at eastbourne dgh is the only one who listens.", "dgh"),
    ("name", "my kokum rose is at the hospital for her dialysis", "rose"),
    # In lowercase: a town whose first word has two letters; a royal hospital by its second word
    # before its town.
    ("place", "my nan's in hospital again, we've come over from te puke, thanks all", "puke"),
    ("place", "dad's at royal university in saskatoon since his fall", "university"),
    # In lowercase: a sibling's home by "our" and her name; a hospital named for a saint, left;
    # a hospital by its kind where someone was brought.
    ("place", "me mam's stopping round at our kelly's since her op", "kelly"),
    ("place", "she came out of jimmy's on friday and she's doing well", "jimmy"),
    ("place", "da had his stroke and they brought him up to the royal, the physio is great", "royal"),
    # In lowercase: a hospital by its kind that a nurse comes from; a hospital by one word someone is
    # referred to for a test.
    ("place", "maw's copd nurse from the southern general comes out twice a week", "southern"),
    ("place", "her gp referred her to ninewells for a memory test", "ninewells"),
    # A town whose name is an everyday word, capitalised where someone lives.
    ("place", "Nuestra familia is in Corona; my aunt takes Abuelito to his dialysis.", "Corona"),
    # In lowercase: a hospital someone has been in and out of since a time; a town by a country's
    # name and its kind.
    ("place", "grandad's been in and out of stepping hill since march, we're round the corner", "stepping"),
    ("place", "dad's chemo is every week and we drive in from portugal cove for it", "portugal"),
    # A hyphened name with an initial inside it; a name that is a word, set off by commas before whose
    # relative it is, or after who the person is.
    ("name", "Thanks to Dr. Georges-L.-Dumont and the team.", "Dumont"),
    ("name", "Grandad's at home now and Chance, my son, reads to him.", "Chance"),
    ("name", "Dad's last weeks were at the hospice; the nurse, Summer, sang to him.", "Summer"),
    # In lowercase: a lodge by its initials where someone stays the night before treatment.
    ("place", "dad's chemo is on friday and we stay at cls the night before", "cls"),
    # In lowercase: a care home by its name's word and its kind.
    ("place", "dad's in the memory unit at pioneer manor now, my sister visits every day", "pioneer"),
    # A hospital by its initials after a clinician and her name, and "from".
    ("place", "The respiratory nurse Siobhán from UHG comes out every fortnight.", "UHG"),
    # In lowercase: a hospital named for someone, where someone was sent, before its town.
    ("place", "the clinic sent him to ruby in morgantown, my uncle drove him", "ruby"),
    # In lowercase: a hospital's initials, though a rare word, where someone was taken.
    ("place", "dad had his stroke and they took him to the rah, my brother went in the ambulance", "rah"),
    # In lowercase: a suburb no list holds, where someone is brought in from.
    ("place", "nan's on haemo three mornings a week, my cousin brings her in from castlecliff", "castlecliff"),
    # In lowercase: a hospital by a word no list has, where someone was admitted.
    ("place", "my gogo was admitted to mpilo on saturday, my brother brings her food", "mpilo"),
    # In lowercase: a hospital by a word and a place's kind, where a visiting nurse comes from.
    ("place", "the resp nurse from kings cross comes out to us mondays", "kings cross"),
    # In lowercase: a hospital by a word and a place's kind, where someone was taken, without "the".
    ("place", "my ouma was taken to west end on monday with her heart", "west end"),
    # In lowercase: a hospital named for someone, and its kind.
    ("place", "my makhulu is at nelson mandela academic since thursday", "nelson mandela academic"),
    # In lowercase: a hospital by its one word of faith, after "at".
    ("place", "our twins were born at covenant and came home in may", "covenant"),
    # In lowercase: a hospital by its nickname, where someone is again.
    ("place", "our mam's up the vic again with her heart", "vic"),
    # A given name that is a word, set off by commas before who the person is.
    ("name", "Mum's clinic moved. Patience, her support worker, drives her now.", "Patience"),
    ("name", "Granny's in with a hip fracture. Mercy, the ward sister, says she can come home.", "Mercy"),
    # A given name that is a word, opening a clause, at a named venue, before what the person is.
    ("name", "Patience drives her now; Joy at the Earley carers' café is wonderful too.", "Joy"),
    # In lowercase: a given name, a virtue's too, by where the neighbour lives.
    ("name", "my brother comes down and patience from next door feeds the cat", "patience"),
    # In lowercase: a virtue's name after "our", before what only a person does.
    ("name", "grandad's memory is going, our faith stays over weekends", "faith"),
    # In lowercase: towns that are words, between which someone was moved, or moved from at a time past.
    ("place", "they moved him from hope to st vincent in little rock", "hope"),
    ("place", "papa's dialysis is in boerne now, we moved from comfort last year", "comfort"),
    # A given name that is a word (and ICD's) opening a sentence before starting school.
    ("name", "River starts P1 at Bankhead Primary next August and has epilepsy.", "River"),
    ("name", "River is starting school in September.", "River"),
    # In lowercase: a hospital named for someone, its apostrophe dropped, where someone is.
    ("place", "my gogo is at greys since wednesday, my sister comes", "greys"),
    # In lowercase: a royal hospital by its second word, where someone was taken.
    ("place", "mam's heart is playing up, they took her to the royal glam then moved her", "glam"),
    # A workplace, named after where someone works.
    ("place", "I work nights at Rush and my dad's in hospice near us.", "Rush"),
    # In lowercase: a hospital's and a care home's kinds after their towns' names.
    ("place", "my nanna is at broome health campus since monday with her sugar", "broome health campus"),
    ("place", "mom's in the memory unit at loch lomond villa now, my sister drives in", "loch lomond villa"),
    # A friend by an initial, mid-sentence; a US date by its month and day.
    ("name", "My friend J. from the Tuesday group got her diagnosis.", "J."),
    ("date", "She got her lupus diagnosis at the clinic on 10/14. She lives alone.", "10/14"),
    # In lowercase: a cousin's name after "my cuz".
    ("name", "sis had another crisis, my cuz tae stayed up there wit her", "tae"),
    # In lowercase: a hospital's initials, or a Māori place, where someone died.
    ("place", "lost me dad last night at sgh, our jodie was with him", "sgh"),
    ("place", "nan passed peacefully at te kaha with all of us", "te kaha"),
    # In lowercase: a centre by its name's word; a Māori place's name after "te"; a name after a role,
    # or after "my mama", before what a person does; a hospital by a word no list has, where a nurse comes from.
    ("place", "my sponsor from the monday meeting at the angel centre says im doing mint", "angel"),
    ("place", "been in te whare ahuru for two weeks, it helped", "te whare ahuru"),
    ("name", "been in rehab for two weeks, my key worker tui is the only one who gets me", "tui"),
    ("name", "my brother is in rehab since last month, my mama nomsa visits on sundays", "nomsa"),
    ("place", "ma's depression is bad again, the cpn from dykebar comes out tuesdays", "dykebar"),
    # A hospital named by its state and a word or two.
    ("place", "For the eye doctor we fly to Alaska Native Medical Center in the spring.", "Alaska Native Medical Center"),
    # In lowercase: barracks after their name's word, a sibling's name after "our" before "from", a town
    # someone lives in off post.
    ("place", "the welfare officer at merville barracks is useless", "merville barracks"),
    ("name", "our jade from the garrison helps with the kids", "jade"),
    ("place", "my husband's care is at the va now, we live off post in spring lake", "spring lake"),
    # A baby's name that is a word, after "baby" or "little", before being born or in care.
    ("name", "Baby Journey was born with gastroschisis at the children's hospital.", "Journey"),
    ("name", "little legacy has been in the nicu for 3 weeks", "legacy"),
    # In lowercase: a hospital by initials that are a word too, or by initials before a pause; a town's
    # second word after its first.
    ("place", "my daughter has batten and we go up to gosh every month", "gosh"),
    ("place", "i get bled every month at uhk, the nurse is quick", "uhk"),
    ("place", "my son's duchenne clinic is at primary children's in salt lake, we drive 8 hours", "salt lake"),
    # A saint's church, with the saint's epithet.
    ("place", "His buddy picks him up for mass at St. Thomas the Apostle on Sundays.", "St. Thomas the Apostle"),
    # In lowercase: a hospital's initials after a service and "at".
    ("place", "ndis said no again, the ot at bhs wrote a report", "bhs"),
    # In lowercase: a nurse's given name after her specialty, before what she is.
    ("name", "mam gave our lad a kidney, the transplant nurse aisling is a star", "aisling"),
    # In lowercase: a hospital's initials before its department.
    ("place", "my interpreter comes with me to hri audiology, the deaf club is on fridays", "hri"),
    # In lowercase: a name after a role, before where the person is; a district by its compass point.
    ("name", "on prep from the clinic, the peer guy rangi at the office is great", "rangi"),
    ("place", "my hep c was cured at the clinic, i live in the north end", "north end"),
    # A hospital's site, after its name.
    ("place", "His ALS clinic at the Montreal Neurological moved to Glen site.", "Glen site"),
    # What someone is at, in lowercase, when no common word names it: a place.
    ("place", "they were lovely at cormorant medical last week", "cormorant medical"),
    ("place", "mum's chemo is at harbour view regional, the nurses are kind", "view regional"),
    ("place", "my cucu is at kericho level 4 since sunday", "level 4"),
    # Where someone goes or comes home from, by a hospital's kind.
    ("place", "we went to ut health for the scan", "ut health"),
    ("place", "grandad passed away at kings mill this morning", "kings mill"),
    ("place", "we go to the walk in at the lister, it's quicker", "lister"),
    ("place", "drove my mum to queen's in harlow at 2am", "queen's"),
    ("place", "we're under the lgi for his heart", "lgi"),
    ("place", "her op at the sunderland eye went well", "eye"),
    ("place", "both the qmc and the city said the same thing", "qmc"),
    ("place", "castle hill were brilliant with my dad", "castle hill"),
    ("place", "monklands were shocking with my dad", "monklands"),
    ("place", "just out of the ngh after 2 nights, glad to be home", "ngh"),
    ("place", "my gp referred my husband to the qe&h.", "qe&h"),
    ("place", "anyone know if wwl takes walk-ins on sundays?", "wwl"),
    ("name", "Mama joy is admitted at the hospital since Friday", "joy"),
    ("place", "my GP in wells says it could be another one", "wells"),
    ("place", "we stayed in a flat by the royal women's while she was in", "women's"),
    ("name", "any tips? asking for my grandad reg", "reg"),
    ("place", "we saw the team at the qe2 on monday", "qe2"),
    ("name", "my husband and baby rowan are home!", "rowan"),
    ("place", "she had her op at university hospital of wales last year", "wales"),
    ("name", "thank u pip for sitting with mum", "pip"),
    ("place", "wondering if st helier does late clinics", "helier"),
    ("place", "my grandad passed at mercy hospice last night", "mercy"),
    ("name", "my grandad vic might get moved to the ward", "vic"),
    ("name", "sat with mo and jas at the carers meeting", "mo"),
    # A word or a month that a relative is called, before what only a person does.
    ("name", "our grant is driving me to the clinic", "grant"),
    ("name", "me nan april starts her chemo tuesday", "april"),
    ("name", "sat with my grandad ally, he's been poorly", "ally"),
    ("name", "the gp sent my koro tame to the hospital", "tame"),
    ("name", "Just back from the clinic with my ouma sannie, the cardiology clinic was packed.", "sannie"),
    # Where someone is in before a stay, when no common word or a hospital's kind names it.
    ("place", "my nan is in foxglove with her heart, my uncle drove up", "foxglove"),
    ("place", "our wee one is in antrim area with her chest", "area"),
]


@pytest.mark.parametrize(("kind", "text", "secret"), IDENTIFIERS, ids=[f"{k}-{i}" for i, (k, _, _) in
                                                                       enumerate(IDENTIFIERS)])
def test_each_identifier_type_is_redacted(gate: PrivacyGate, kind: str, text: str, secret: str) -> None:
    result = gate.screen(text)
    assert not result.held, result.reasons
    assert secret not in result.text
    assert f"[{kind}]" in result.text, result.text
    assert any(text[f.start:f.end] and f.type == kind for f in result.findings)


def test_what_people_are_at_in_everyday_english_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("i'm good at maths, at least at home, at risk at times").findings == ()
    assert gate.screen("an attempt at annexation failed").findings == ()
    assert gate.screen("the pain at the base of my skull").findings == ()
    assert gate.screen("the nurse at student health was kind").findings == ()
    assert gate.screen("we met at the ibs day").findings == ()
    assert gate.screen("she is busy at appointments and at harvest").findings == ()
    assert gate.screen("ma granny is up at crosshouse efter her fall").text == "ma granny is up at [place] efter her fall"


def test_what_someone_is_in_as_a_state_or_a_stage_of_care_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("she's in pain since monday and in bits again").findings == ()
    assert gate.screen("he's in resus now and in majors after, it was said in jest.").findings == ()
    assert gate.screen("my wife passed away at st gemma's in leeds last night").text.endswith(" in [place] last night")


def test_what_one_is_out_of_or_a_tag_one_is_under_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("out of pique, out of laziness, under british-isles, out of hours").findings == ()
    assert gate.screen("took my son ollie down the road to the shop").text == "took my son [name] down the road to the shop"


def test_a_state_a_doctor_is_in_or_a_verb_after_a_relative_is_no_place_or_name(gate: PrivacyGate) -> None:
    assert gate.screen("my doctor in general says, my gp in town said, in a way granny understands.").findings == ()
    assert gate.screen("by the way, by the time, by the royal mail. asking for my nan too").findings == ()


def test_a_modal_after_a_relative_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("my gran could come, my nan really should, my uncle can").findings == ()


def test_a_hospice_by_its_kind_alone_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("she is at the hospice now, the care at home hospice is good").findings == ()


def test_a_college_of_a_profession_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("the royal college of nursing and the royal society of medicine").findings == ()


def test_a_road_by_its_number_or_a_baby_by_its_kind_is_no_place_or_name(gate: PrivacyGate) -> None:
    assert gate.screen("at the m5 junction, the little one is home, baby boy is doing well").findings == ()


def test_a_drug_or_a_pronoun_asked_about_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("not sure if ozempic does that, or if everyone is ok, or if it takes long").findings == ()


def test_those_praised_together_are_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("the staff were amazing. nurses were great, everyone were lovely, rfds were fab").findings == ()


def test_a_short_word_after_the_is_no_hospital_unless_it_acts(gate: PrivacyGate) -> None:
    assert gate.screen("the dsn at the clinic and the rsv now, thanks for the kai").findings == ()


def test_what_someone_is_under_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("he's under the weather and under observation, under anaesthetic").findings == ()
    assert gate.screen("under the knife at last, under the care of the team").findings == ()


def test_where_someone_died_at_home_or_at_an_age_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("she passed away at home last night and he died at 85, born at 32 weeks").findings == ()
    assert gate.screen("we meet at the baker on main, then at the hub").findings == ()
    assert gate.screen("my aunty flew in from leeds yday").text == "my aunty flew in from [place] yday"


def test_a_service_known_by_its_initials_is_no_place_before_a_town(gate: PrivacyGate) -> None:
    assert gate.screen("my son is seen by the team at cmht in wigan and at iapt in leeds").text \
        == "my son is seen by the team at cmht in [place] and at iapt in [place]"


def test_how_a_relative_is_taken_somewhere_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("we drove my dad straight to a&e and took my mum back to the ward").findings == ()
    assert gate.screen("they sent my son home from school and took my nan shopping to the market").findings == ()


def test_what_one_goes_to_do_or_eat_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("they went to appease him and we went to contrive a plan").findings == ()
    assert gate.screen("we take her to yum cha after every appointment").findings == ()


def test_a_date_or_a_thing_after_a_relative_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("me nan april 3rd was the op").text == "me nan [date] was the op"
    assert gate.screen("our car is taking us to the clinic, my nan mostly, she's fine").findings == ()


def test_a_place_after_at_holds_no_post_back_and_releases_none(gate: PrivacyGate) -> None:
    # The residual risks are judged before it: a post held for the word stays held.
    assert gate.screen("jo got me into the rehab at castle greer, 9 months clean now").held
    assert gate.screen("my cucu is at kericho level 4 since sunday").findings[0].end == len("my cucu is at kericho level 4")


def test_a_second_rank_stays_before_the_name(gate: PrivacyGate) -> None:
    assert gate.screen("Sgt. Maj. Okoye got me through the group.").text == "Sgt. Maj. [name] got me through the group."
    assert gate.screen("Our school nurse Mrs. Pike retired.").text == "Our school nurse Mrs. [name] retired."
    assert gate.screen("My husband was medevaced to the base.").findings == ()


def test_a_past_tense_after_a_lowercase_name_is_no_surname(gate: PrivacyGate) -> None:
    assert gate.screen("my mate dave rang me yesterday").text == "my mate [name] rang me yesterday"
    assert gate.screen("my mate dave held my hand").text == "my mate [name] held my hand"
    assert gate.screen("ask for maria lopez at the desk").text == "ask for [name] at the desk"


def test_a_hospital_after_an_amputation_is_found(gate: PrivacyGate) -> None:
    result = gate.screen("my cousin got his foot amputated at middlemore, the diabetes is bad")
    assert result.text == "my cousin got his foot amputated at [place], the diabetes is bad" and not result.held
    assert not gate.screen("i was diagnosed at 30, diagnosed at birth, operated at night, stitched at home").held


def test_a_lowercase_a_is_no_initial_after_a_name(gate: PrivacyGate) -> None:
    assert gate.screen("bought sandy a coffee").text == "bought [name] a coffee"
    assert gate.screen("thanks to maria j lopez").text == "thanks to [name]"


def test_a_title_after_a_name_is_not_a_name_from_a_community(gate: PrivacyGate) -> None:
    assert gate.screen("Dariush khan from the mosque drives him").text == "[name] khan from the mosque drives him"


def test_a_verb_after_a_drive_from_a_town_is_no_town(gate: PrivacyGate) -> None:
    assert gate.screen("My sister drives from Offenbach every weekend to cook for him.").text \
        == "My sister drives from [place] every weekend to cook for him."
    assert gate.screen("we moved from bolton to bury for the funeral").text == "we moved from [place] to [place] for the funeral"


def test_a_kind_or_a_time_after_at_the_before_a_town_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("the nurse at the walk in centre in leeds was lovely").text \
        == "the nurse at the walk in centre in [place] was lovely"
    assert gate.screen("chemo at the moment in leeds is slow").text == "chemo at the moment in [place] is slow"


def test_someone_at_a_home_or_a_pastime_before_a_town_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("he's at uni in leeds and she's at mums in bolton").text \
        == "he's at uni in [place] and she's at mums in [place]"
    assert gate.screen("he's at camp in lubbock, she's still at rehab in leeds").text \
        == "he's at camp in [place], she's still at rehab in [place]"


def test_a_town_of_common_words_after_a_hospital_is_found(gate: PrivacyGate) -> None:
    assert gate.screen("paw-paw's sugar is up, he's been at lady of the sea in cut off since sunday").text \
        == "paw-paw's sugar is up, he's been at [place] in [place] since sunday"
    assert gate.screen("we were at the royal in good time").text == "we were at the royal in good time"


def test_a_month_or_a_level_after_a_word_for_where_is_no_town(gate: PrivacyGate) -> None:
    assert gate.screen("my a1c has come down from march and his sugar is way above normal").findings == ()
    assert gate.screen("the meet up is at jenny's house this month").text == "the meet up is at [name]'s house this month"


def test_a_kind_of_place_or_a_pastime_after_at_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("the support group at the hub rang me and the nurse at the lodge rang too").findings == ()
    assert gate.screen("he's at bjj tonight and she's at tafe again").findings == ()


def test_a_web_address_ends_before_the_sentence_goes_on(gate: PrivacyGate) -> None:
    assert gate.screen("see [the group](https://chat.whatsapp.com/invite) or www.sarahsblog.com/about, thanks.").text \
        == "see [the group]([url]) or [url], thanks."
    assert gate.screen("read https://en.wikipedia.org/wiki/Asthma_(disease).").findings == ()


def test_no_word_of_a_public_health_address_is_a_place(gate: PrivacyGate) -> None:
    text = "Go to https://www.nhs.uk/conditions/asthma/ for more, or i went to https://www.cdc.gov/asthma today"
    result = gate.screen(text)
    assert result.text == text and not result.held


def test_a_title_after_a_comma_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("a dietitian near Scarborough Town Centre; ours, Mrs. Sivakumar, retired.").text \
        == "a dietitian near [address]; ours, Mrs. [name], retired."


def test_a_field_of_study_or_a_deal_is_no_place(gate: PrivacyGate) -> None:
    assert gate.screen("she has a degree in the health sciences and had to deal with a great deal of pain").findings == ()


def test_a_bed_or_a_chain_one_is_taken_to_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("they took him to bed, he took us to kfc and she drives me in from work").findings == ()


def test_a_time_after_in_the_before_a_town_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("his chemo is in the morning in leeds and her op is in the new year in leeds").text \
        == "his chemo is in the morning in [place] and her op is in the new year in [place]"


def test_a_floor_after_moved_to_is_no_address(gate: PrivacyGate) -> None:
    assert gate.screen("the lupus clinic moved to the 3rd floor last year").findings == ()
    assert gate.screen("she lives with pain in her back and he's staying with us in the spare room").findings == ()


def test_a_kind_of_hospital_in_lowercase_is_no_hospital_name(gate: PrivacyGate) -> None:
    assert gate.screen("he is in the war memorial hospital and she is in general hospital").findings == ()


def test_a_holiday_home_or_a_crematorium_after_at_the_is_no_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("she's at the bach in taupo and he's at the crem in leeds").text \
        == "she's at the bach in [place] and he's at the crem in [place]"


def test_food_that_is_a_given_name_too_is_no_name_after_a_verb_for_food(gate: PrivacyGate) -> None:
    result = gate.screen("aunty brought kai for everyone and we had kai at the marae")
    assert result.text == "aunty brought kai for everyone and we had kai at the marae" and not result.held
    assert gate.screen("my son kai has asthma").text == "my son [name] has asthma"
    assert gate.screen("aunty moana brought a kete of kai").text == "aunty [name] brought a kete of kai"


def test_kin_a_clinicians_job_or_a_generic_side_is_no_name_or_place(gate: PrivacyGate) -> None:
    assert gate.screen("thanks my friend, you helped; we go to grace church on sundays").findings == ()
    assert gate.screen("Sugar is 12 now and falling.").findings == ()
    assert gate.screen("we live in paradise here, i came out from denial").findings == ()
    assert gate.screen("the leaves from the maples are falling").findings == ()
    assert gate.screen("he works at royal mail in town, i'm in my house").findings == ()
    assert gate.screen("we took her to the city for shopping, at our mam's for tea").findings == ()
    assert gate.screen("a volunteer from the royal british legion came").findings == ()
    assert gate.screen("El meu pare has had Parkinson's for ten years.").findings == ()
    assert gate.screen("Nuestra familia is in Corona.").text == "Nuestra familia is in [place]."
    assert gate.screen("he's been in and out of hospital since may, in and out of work for years").findings == ()
    assert gate.screen("Merci to the team. Thanks, my friend, for that.").findings == ()
    assert gate.screen("we met at the opera house, she's in a care home, he's at mums house now").findings == ()
    assert gate.screen("the macmillan nurse carys rings every tuesday").text == "the macmillan nurse [name] rings every tuesday"
    assert gate.screen("my aunt herself met him, my uncle also came").findings == ()
    assert gate.screen("they took him to school in the morning").findings == ()
    result = gate.screen("i came in from work and we drove in from lebanon every day")
    assert result.findings == () and not result.held
    assert gate.screen("mum's chemo is at the miller centre, we drive in").text == "mum's chemo is at [address], we drive in"
    assert gate.screen("I moved to the U.K. last year and served in the U.S. Army. Ngā mihi").findings == ()
    result = gate.screen("kia ora whanau, nga mihi")
    assert result.findings == () and not result.held
    assert gate.screen("my cat came home, our angel was born, he takes her to town for her bloods").findings == ()
    assert gate.screen("we drove down a long dirt road, she's in the hills in wales").findings == ()
    assert gate.screen("nan fell again, we live in the countryside").findings == ()
    assert gate.screen("he served in the royal navy").findings == ()
    assert gate.screen("the ot shaz is doing her home visit").text == "the ot [name] is doing her home visit"


def test_a_word_of_respect_or_for_kin_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("Bibi ji's cardiologist rings every Thursday.").findings == ()
    assert gate.screen("Granda's at home after his heart attack.").findings == ()
    assert gate.screen("my da paddy is in the stroke unit").text == "my da [name] is in the stroke unit"
    assert gate.screen("My nan flora is in hospital.").text == "My nan [name] is in hospital."
    assert gate.screen("ma da tam is in hospital").text == "ma da [name] is in hospital"
    assert gate.screen("my nonc t-boy is in hospital").text == "my nonc [name] is in hospital"
    assert gate.screen("my makhulu is at home, my brother sleeps there with her").findings == ()
    result = gate.screen("if your lola needs a speaker, my nonna is here")
    assert result.findings == () and not result.held
    assert gate.screen("Babusia had her surgery on Monday. Áhkku got her diagnosis too.").findings == ()
    assert gate.screen("my mbuya lives with us now, she was in street clothes").findings == ()
    assert gate.screen("ammachi's nhs number is in her file; my jajja is at home").findings == ()
    assert gate.screen("Bubu had her stroke and was thrombolysed within the hour.").findings == ()
    assert gate.screen("lola from the group rang").text == "[name] from the group rang"
    assert gate.screen("Thamma's sugar is high again; Periyamma rang and Abti drove her.").findings == ()
    assert gate.screen("Grandfer has COPD and lives out of town. Miigwech to the nurses.").findings == ()
    assert gate.screen("Grann mwen has glaucoma. Tinā's sugar is high; a real tzaddekes helped.").findings == ()
    assert gate.screen("Dziadek's Parkinson's is worse. Buelita's kidneys too.").findings == ()
    assert gate.screen("Hello po. My Tatay is admitted; my Aaji has Parkinson's.").findings == ()
    assert gate.screen("the tangi is on friday, we will all be there").findings == ()
    assert gate.screen("Achchi had her cataract surgery. Podi Amma rang; my seeya is fine.").findings == ()
    assert gate.screen("Sitti is home now and Khalto rang this morning.").findings == ()
    assert gate.screen("Mormor (87) still lives alone. Farfar is 80 and still drives.").findings == ()
    assert gate.screen("Nanna's moved into the home and she loves the garden.").findings == ()
    assert gate.screen("my whānau came to the hui, lots of kōrero and a wānanga after").findings == ()
    assert gate.screen("just been told i have ms and i'm terrified").findings == ()
    assert gate.screen("I care for my mother-in-law, Rosario, who has dementia.").text == \
        "I care for my mother-in-law, [name], who has dementia."
    assert gate.screen("We buried my father-in-law Tom last week.").text == "We buried my father-in-law [name] last week."
    assert gate.screen("Dr Smith at the end of the day said no").text == "Dr [name] at the end of the day said no"
    assert gate.screen("Mormor Karin had a stroke.").text == "Mormor [name] had a stroke."


def test_what_is_sent_out_or_what_a_clinician_is_may_be_no_name(gate: PrivacyGate) -> None:
    for text in ("she works in children's books", "a career in children's healthcare", "his mate from footy visits every arvo",
                 "They had a party at the bill and it was fun.", "We went to the baker at lunch.", "He went to Mass on Tuesday.", "the group in march was good", "thanks to all hey", "thank you all and the team", "thanks to everyone who came and to those who helped", "we met at the conference in March", "we are at the mercy of the nhs", "he is at home for his chemo", "she is at risk for diabetes",
                 "we were at costco for his insulin", "all 40 mokopuna came", "the ambos took me to hospital", "got a letter fae the council the day", "the nearest hospital is miles away", "the local clinic is shut",
                 "I put mayo on my sandwich", "She is at rehab center now.", "we pray in the holy spirit",
                 "trying to get a bed at home", "the game at halftime was tied", "the match at home was rubbish",
                 "I went to the jewish centre for lunch", "I live on main st. a block away", "we laid flowers at memorial park", "it went from good to bad", "the nurse at the top hill said", "my dada is an artist", "give me mum's number", "tell me dad said no", "in general, she is fine", "we met at lunch after work", "we went out with our bank.", "the PT was awesome", "the best OT we've had, so patient with dad", "we did it for our rose.", "he is in the royal in state", "she goes to uni for her course", "she is in ICU with sepsis", "he is in bed with flu", "it went from bad to worse", "from monday to friday", "it went from hope to despair", "my pop music is loud", "he's in the general in a bad way", "Mālō to the nurses who looked after my mother.", "mum is at the shops again in the afternoon", "the wind was at north east", "I looked at south america on the map", "she works at the other children's home", "my pap smear came back fine", "her oxygen was 91, she's on 2 litres", "the Bank of America is shut", "He was diagnosed with asthma at age 4.", "diagnosed with ms at thirty",
                 "She was diagnosed with cancer at christmas.", "he was treated for sepsis at home",
                 "we were at the memorial service", "my da says hi", "my mam made tea",
                 "We went to the U of M game.", "A mass in general is bad.",
                 "my journey has been hard", "the journey has been long", "sending love out to you all", "my nurse at the hospital is lovely, she's great",
                 "my son at school is happy", "my cpn appointment is on monday", "sent hope out to all of you",
                 "my nurse practitioner at the clinic", "at the knee surgery follow-up",
                 "the nurse at the local surgery wants her on insulin", "Mamm-gu has skin cancer on her nose.",
                 "our car takes him", "our bus takes her to school", "we got to the royal in time, phew",
                 "got home from work, so tired", "we met in lockdown", "my nanna's carer is off today",
                 "But newbies do not tag, so this has to look for keywords in bodytext as well."):
        assert gate.screen(text).findings == (), text
    for text in ("We saw Dr Hughes at the clinic today.", "Dr Hughes at the weekend said no.",
                 "Mrs Hughes from the committee visits everyone.", "Had my scan with Hughes the sonographer, she was brilliant."):
        assert gate.screen(text).text == text.replace("Hughes", "[name]")
    assert gate.screen("our faith helps us through").findings == ()
    assert gate.screen("in more general terms it works").findings == ()
    assert gate.screen("Big love to the kaupapa Māori service for not giving up on me.").findings == ()
    assert gate.screen("We go to Methodist church on Sundays. Respite through Easterseals helped.").findings == ()
    assert gate.screen("he is 12 in may").findings == ()
    assert gate.screen("she was in private hospital for a week").findings == ()
    assert gate.screen("Spent the night in ED at the hospital, she's okay now.").findings == ()
    assert gate.screen("Papi's doctor helped my mom with the Medi-Cal forms.").findings == ()
    assert gate.screen("he took his coat off at home").findings == ()
    assert gate.screen("we went fishing on the lake").findings == ()
    assert gate.screen("My memere jeannine is in the hospital and my pepere is lost without her.").text \
        == "My memere [name] is in the hospital and my pepere is lost without her."
    assert gate.screen("My nkgono is in hospital, my malume Kagiso is with her.").text \
        == "My nkgono is in hospital, my malume [name] is with her."
    for text in ("she goes to church for her peace of mind", "he goes to work for his sanity",
                 "she is in follow-up for her scans", "we go to town for her checks"):
        assert gate.screen(text).findings == (), text
    assert gate.screen("We went to the Mayo Clinic for his tests.").findings == ()
    assert gate.screen("he had a cancer general review").findings == ()
    for text in ("Dad (again) is in hospital", "Mum (bless her) is fine", "she sat at the front desk today"):
        assert gate.screen(text).findings == (), text
    assert gate.screen("we had a pint at the kings after work").findings == ()
    assert gate.screen("my nan mary rose and left").text == "my nan [name] rose and left"
    assert gate.screen("we live out past the school").findings == ()
    assert gate.screen("he is in the army in norfolk").text == "he is in the army in [place]"
    assert gate.screen("she works at home healthcare in leeds").text == "she works at home healthcare in [place]"
    assert gate.screen("we pray in our lady's name").findings == ()
    for text in ("she came from nothing.", "he drove from work.", "we came from church.", "we had a good sam since then"):
        assert gate.screen(text).findings == (), text
    for text in ("Grandad really is the best.", "Uncle also came.", "Nan said hi", "my mum at work said no",
                 "my son at uni is fine", "my dad at 80 still runs", "my mum at home again"):
        assert gate.screen(text).findings == (), text
    for text in ("Me and the kids went", "Me and my sister went", "Me and him went", "we heard the gong ring",
                 "the hospital is closed today", "she takes her insulin at night", "Thanks to everyone at work who helped.",
                 "we were moved from icu to the ward"):
        assert gate.screen(text).findings == (), text
    for text in ("he is in the car again", "she's in the loo again", "he is in the tub again", "she is in the gym now"):
        assert gate.screen(text).findings == (), text
    for text in ("we flew in from work late", "he flew from home to see her", "she is in surgery with the team"):
        assert gate.screen(text).findings == (), text
    for text in ("he works at royal mail in the sorting office", "she was sent from work to bed after lunch",
                 "we were taken to lunch after the meeting"):
        assert gate.screen(text).findings == (), text
    for text in ("we went from bad to worse for her treatment",
                 "she went from one to two for her dose", "it's five past seven, o well"):
        assert gate.screen(text).findings == (), text
    for text in ("we got an nhs health check at the gp", "I asked about my medical records at the gp",
                 "we played at the base in the morning", "she is at home again", "she's at work since dawn"):
        assert gate.screen(text).findings == (), text
    for text in ("we drove to the foothills for a hike", "they took us to the foothills.",
                 "she is in lockdown since march", "he's in remission again"):
        assert gate.screen(text).findings == (), text
    for text in ("we moved back to home base.", "he was posted to an air base, then back at home base",
                 "we ran the great north run for the ward", "we had a picnic at the great north lawn",
                 "She works at mental health now.", "the nurse at occupational health said no"):
        assert gate.screen(text).findings == (), text
    assert gate.screen("thanks again from the team, and thank you all from the bottom of my heart").findings == ()
    for text in ("served with salt and pepper.", "we live with faith and hope", "love you lots, see you soon",
                 "Dr Bell said the Crohn's nurse line is open Saturdays now."):
        assert gate.screen(text).text == text.replace("Bell", "[name]"), text
    for text in ("at home w/ mum 2day", "at last some good news", "@ work again ugh"):
        assert not gate.screen(text).held, text
    result = gate.screen("dadi ji is home now")
    assert result.findings == () and not result.held, result
    assert not gate.screen("she was born at 29 weeks, 8 weeks in nicu").held
    assert gate.screen("the leeds side of the family").text == "the [place] side of the family"


def test_a_chain_or_a_ward_one_comes_through_from_is_no_place(gate: PrivacyGate) -> None:
    text = "My sister takes him when I'm on shift at the Co-op in St Agnes."
    result = gate.screen(text)
    assert not result.held and result.text == text.replace("St Agnes", "[place]"), result
    assert gate.screen("she came through from theatre at 3, all fine").findings == ()
    assert not gate.screen("the princess royal visited our ward").findings


def test_where_someone_is_taken_for_a_pastime_or_an_errand_is_no_hospital(gate: PrivacyGate) -> None:
    for text in ("we took her to bingo in leeds", "we took him to the vet, then home", "took him to the pub, then",
                 "they took him to the gp, then home", "he was admitted to hospital on monday",
                 "the nurse from our end comes out", "he was taken to the end of the road"):
        assert gate.screen(text).text == text.replace("leeds", "[place]")


def test_what_is_had_at_a_venue_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("Rehab at the [place] was hard. Tea at the [place] was lovely.").findings == ()


def test_a_common_word_after_a_royal_hospital_is_prose(gate: PrivacyGate) -> None:
    assert gate.screen("me da's on dialysis at the royal three times a week").text \
        == "me da's on dialysis at the [place] three times a week"


def test_a_post_office_box_is_part_of_its_address(gate: PrivacyGate) -> None:
    result = gate.screen("Mail for the parent group goes to Box 12, Steinbach MB R5G 1N4.")
    assert not result.held and result.text == "Mail for the parent group goes to [address]."


def test_a_number_before_a_unit_is_no_house(gate: PrivacyGate) -> None:
    assert gate.screen("Our twins arrived at 29 weeks. The group meets at 10 am.").findings == ()


def test_a_day_of_the_week_ends_an_address(gate: PrivacyGate) -> None:
    result = gate.screen("She was moved to Kenyatta National on Friday.")
    assert result.text.endswith(" on Friday.") and "Kenyatta" not in result.text
    assert gate.screen("We moved to 12 Friday Street last year.").text == "We moved to [address] last year."


def test_a_venue_in_lowercase_after_its_town_goes_with_it(gate: PrivacyGate) -> None:
    assert gate.screen("The support group at Malvern library meets on Tuesdays.").text \
        == "The support group at [place] meets on Tuesdays."
    assert gate.screen("nana's gone into care at wakefield village and we're still in stoke").text \
        == "nana's gone into care at [place] and we're still in [place]"


def test_who_is_from_a_place_is_a_name_only_when_no_pronoun(gate: PrivacyGate) -> None:
    assert gate.screen("I'm from Leeds. We're from Leeds. He’s from Leeds.").text \
        == "I'm from [place]. We're from [place]. He’s from [place]."
    assert gate.screen("Mags from Leeds rang.").text == "[name] from [place] rang."


def test_a_province_after_a_town_in_a_signature_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("— Harpreet, Newton, BC").text == "— [name], [name], BC"


def test_a_compound_of_a_prefix_after_from_is_no_place(gate: PrivacyGate) -> None:
    result = gate.screen("Help from Self-Care and from Non-Hodgkin groups.")
    assert result.findings == ()


def test_a_house_of_worship_in_lowercase_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("raj from the mandir brings food every week").text == "[name] from the mandir brings food every week"


def test_a_kin_word_beside_a_name_is_no_name(gate: PrivacyGate) -> None:
    assert gate.screen("My da, Seamus, was diagnosed in the spring").text == "My da, [name], was diagnosed in the spring"


def test_initials_before_a_name_join_it_only_as_a_hospital(gate: PrivacyGate) -> None:
    assert gate.screen("He was at NHS Lothian").text == "He was at NHS [name]"  # a board, not its initials
    assert gate.screen("Shoutout to DR OKAFOR and the whole team").text == "Shoutout to [name] and the whole team"
    assert gate.screen("We drive to UCSF Benioff every week").text == "We drive to [place] every week"


def test_a_nickname_in_quotes_keeps_its_quotes(gate: PrivacyGate) -> None:
    assert gate.screen("my husband 'Tiny' drove me").text == "my husband '[name]' drove me"
    assert not gate.screen("my son 'helped' with dinner").findings


MEDICAL = [
    "My Parkinson's tremor is worse in the morning.",
    "Crohn's disease flares when I'm stressed.",
    "Graves' disease was treated with radioactive iodine.",
    "Bell's palsy left my smile crooked for months.",
    "Hashimoto's and coeliac often go together.",
    "Metformin 500 mg twice daily with food.",
    "Has anyone tried Humira or Ozempic?",
    "HbA1c 6.5%, BP 128/82, eGFR 52, weight 86 kg.",
    "Diagnosed in 2019, started insulin in 2021.",
    "I'm 45 and my mum is 89.",
    "The code on my letter is E11.9, which is type 2 diabetes.",
    "Sugar diabetes runs in the family.",
    "I was diagnosed with gastroparesis and retinopathy last spring.",
    "Still can't say glioblastoma without crying.",
    "My metfromin dose went up, diabetis is hard work.",
    "Reading the leaflet helped. My MS nurse and my GP agree.",
    "Referred to rheumatology, glucose was 31 mmol/L and low FODMAP helps.",
    "Love to you all, and thanks everyone.",
    "Tinnitus since the jab? Eczema on my hands too.",
    "I use Hylo-Forte drops every two hours.",
    "Gilbert's syndrome and Bell's palsy in one year.",
    "My spare nebuliser is yours if you want it.",
    "Symptoms from 2019-2023 were the worst.",
    "guillain-barré syndrome put me in hospital for a month.",
    "I live in North Carolina and the coast helps my asthma.",
    "It went from bad to worse, from ibuprofen to naproxen, from 5mg to 10mg.",
    "I take 200 mg at 10 30 and call the nurse if it's worse.",
    "Hypermobile Ehlers-Danlos type, POTS too.",
    "Will it hurt? Hope so not. May was a bad month.",
    "I take 5 mg 3/4 of the time; the dose (90) was a typo for 9.0 mg.",
    "Ask questions, they said. nurse came round and said it was fine.",
    "Blood pressure 142/91 this morning; resting heart rate at 110 before the thyroid storm.",
    "This helped me: https://www.nhs.uk/conditions/asthma/ (follow me on insta for more).",
    "The COPD group and the IBS clinic are both on the second floor.",
    "Lyme disease is so underdiagnosed; co-codamol and tramadol together is a bad idea.",
    "The Mayo Clinic page on Addison's disease explains it; Has anyone's Addison's been missed?",
    "My GERD is worse at night, omeprazole helps.",
    "The raw facts probably aren't enough; a new dataset is coming, the OP says.",
    # Drug names of two words whose first alone looks like a name; patients' short forms.
    "Paget's disease diagnosis today, zoledronic acid infusion next month.",
    "Zoledronic acid next week, then insulin glargine.",
    "any fibro groups nearby? my physio says pacing helps.",
    "He is in the 95th percentile for height.",
    "b12 2mg and the a1 2nd floor ward, the café was shut, très bien.",
    "Since 2019 I walk 5000 steps and take 1500 mg; in 2019, in 5000 steps.",
    "It's 95 degrees out and a hundred people came; Crohn's 95% of the time.",
    "I'm on 1/2 dose now and scored 7/10 on the pain scale.",
    "According to Wikipedia and an interview with the NHS, the talk by the nurse went to plan.",
    "Greetings from the ward! Bread and Butter from the deli were fine.",
    "Anyway, did you see the news? So, how are you? Love you all! See you soon! Mum, did you take your pills?",
    "Has anyone posted the link? Did you get a card from the hospital? Good luck everyone, thank you to all.",
    "anyone up the way? I'm here born and bred. We moved back to the old house. The bus to town is late.",
    "I will be travelling to France next week; my iban is on the form; the corner of {street_name} and {street_name}.",
    "The physio showed me the Epley manoeuvre; my A1c went from 9.1 to 6.8.",
    "Has anyone moved to the pain clinic? couldnt manage without the carers group.",
    "I took 2 long road trips and sent it via email; the cafe was shut.",
    "Reading the leaflet helped. Nice one!",
    "Hope this is ok. Does anyone still use it? hope everything is ok, I asked them about it.",
    "Work and I don't mix; my button came off and the cotton is fine.",
    "I stayed in Hospital for a week, in Church on Sunday, and wrote it in Welsh, 9am Pacific time.",
    "Rain and Wind organise nothing; Crohn's and Colitis both have flares.",
    # Diseases of MeSH, procedures, organisms and eponyms of what they name, written as patients do.
    "I lost my rheumatologist; my psychiatrist and the endocrinologists agree. Diet and Exercise are doing the trick.",
    "Diagnosed with Achalasia and Acanthamoeba Keratitis, then Campylobacter; Lithotripsy next week.",
    "Drowsiness is the worst side effect. Achilles tendinitis and a Colles fracture, Kegel exercises daily.",
    "ask your doctor last year, the Transurethral resection was fine; Hypochromia runs in the family.",
    "the long beach walk was the high point of my week; moved from insulin to tablets, especially the nurses.",
    "My worldview changed at the seaside; we visited mum; visiting hours are 2-4.",
    "Read nhs.uk/conditions/lupus; dose 1/2 and 3/4, e.g./i.e., issue #1234 fixed.",
    "Wall Street and the High Street; The Way Forward is a good book; Give Way signs.",
    "my insta is private and twitter is awful; one or two days, three or four times. Tel: none.",
    "I am on the second of three doses; first of all, march on. Sat 50 mins in the sun.",
    "Summer is making the fatigue worse. Faith is giving me strength. Mine says Help Center. Mama said rest.",
    # Festivals are no one's name; a holiday without an event is no one's day.
    "Fasting in Ramadan with type 1 diabetes: the Eid meal and Diwali sweets need planning.",
    "Merry Christmas all, Boxing Day walk tomorrow. Support from church helps; love from work to all.",
    # Feasts and remedies named for a saint are no place; "St." after a house number is a street's.
    "happy st patricks day all; St David's Day parade; I take st johns wort for my mood.",
    "The Greenlandic house has a social worker; my Icelandic cousin came too.",
    "The Malayali families' group organises the Onam lunch; Grandpère drives to the clinic; Seanair and Anaanatsiaq too.",
    "My abba had his bypass; Dayika only speaks Kurmanji, and the interpreter was Sorani. Kuya drove.",
    "Bibi ji was admitted after a fall. Jaddah's diabetes is bad. Sitto made maamoul for the nurses.",
    "The nurse spoke Spanish with her, gracias a Dios.",
    "staying at mum's tonight; at my friend's house; at tesco's car park; me and you are both fine.",
    "we're doing the jdrf walk in may; she and her mum are fine; work and his family were kind.",
    "Our faifeau at the church organises the walks; our matai said the whole aiga will take turns.",
    "Mam-gu had her hip done; the clinic finally saw Nain; Tad-cu passed; the singing is lovely, cariad.",
    # Cues of living and moving before a word in its own sense; a bill, a virtue, a month.
    "i moved to deal with it myself; we live in hope; we moved in march; the gas bill's been paid; hope's been my rock.",
    "She lives in fear of falling. We meet in march every year; home in time for tea; the nurse at the time got it wrong.",
    "My son was diagnosed with Changes in the newborn at birth last year.",
    "#teamwork makes the dream work; #teamT1D and #MSwarrior here. Shoutout to the nurses!",
    "My A1c is 7.2 and I print it on the A4 paper for the A2 level class. We went into real estate.",
    "auntie and uncle came over; the nurse at work last week was kind.",
    "with hope the doctor will call; love the nurses here; back to normal now; came home to bath the kids.",
    "the clinic in spring was busy; the doctors in general are fine; hard to see progress after his surgery.",
    "I made my blog on wordpress.com; the code is on github.com.",
    "my consultant in general says; the surgeon in charge said; the clinic in nana's town.",
    "love from church; greetings from work; a card from work; time off from work; hugs from group.",
    "the Arts and Crafts movement; the Health and Safety rules; the Lion and the Unicorn.",
    "dear aunty said so; the langar; chachu's knee operation went fine; help is coming from the council.",
    "nobody has booked it; the surgery has booked me in; mum and dad will go; christmas is coming home to us.",
    "work and me are not friends; mum and me went shopping; tea and me are fine; my ex also has; the team in charge were great.",
    "#Hope #Bath #Scotland #teamIBD. Dx 2014 | Humira. - Ward: 12. Location: UK.",
    "came from time to time; we drove from hope to despair; went from bad to worse; from denial to acceptance.",
    "hope you're all well; love you all; miss you guys; bless you; see you there; thank you all; same u.",
    "praise from the church; tea from the group; a lady from my church; at home kids are fine; at school kids were mean.",
    "the ladies from the mosque drive him; my roommate also drives.",
    "the clinic at best is slow; the group at work meets; the hospital at night is scary; the gp in general said.",
    "in young children's lungs; the local women's group; my friend also came; my dad just went; my mum still helped.",
    "went to see mum in hospital; the rehab is in march; the group near home meets monday.",
    "love to my friend's family; the chief's wife organises it; our pastor's wife runs the talks; hope's family.",
    "He works at the general store and I work at the royal mail sorting office.",
    "Send a message to the mods. We met at the bbq on sunday. Aura started in a meeting today.",
    "Taid had his stroke; she has saint-like patience; a santa-themed party; the whole sangat came. Ring Samaritans.",
    "She can read the Quran again; Mawmaw still makes her boudin; my grandmother only speaks Fuzhounese.",
    "i am going to sue them; paid the bill; to be frank i'm done; he drew a picture; ruby on rails; i don't know",
    # Virtues and foods after "with" are no one, even before a gathering.
    "saw hope at group and felt better; tea with honey at the cafe.",
    # Kinds of road and idioms are no street: "on a quiet road", "down memory lane", "on easy street".
    "we live on a quiet road; walked down memory lane; life on easy street; saved on my hard drive; in the fast lane.",
    # Initials every reader knows after a clinician and "at": a national service, a treatment, a state.
    "my doctor at the VA said so; the doctor at the DOTS corner was kind; the nurse at CAMHS rang.",
    "I train hard and my Achilles has been bad; the Chagas clinic started him on benznidazole.",
    "Koro got his hearing aids through the marae clinic and now he hears the karakia again.",
    "Their employer, Tesco, gave her time off; our church, God bless them, prays for me.",
    "The volunteer Coordinator rang; the host Committee meets; the chair Yoga class was fun.",
    "We meet at the Brazilian church hall on the first Saturday; we meet at the Polish club after.",
    "my physio at uni is great, the clinic at 3pm was busy, my appointment at nine.",
    "my trainer said start at 50% and build slow; we stayed at mum's on main st.",
    "the nurse at urgent care said to rest; my appointment at sports physio went well.",
    "the doctor at the general practice said I came 45th out of 300, in the 95th percentile.",
    "the Karen-speaking nurse helped; Blood Pressure was 95 over 60; The Care Home is 95 percent full.",
    "The Church of England helped, and so did the Ukrainian Catholic Church.",
    "My grandfather speaks only Dari; the doctor at the time said; the nurse at the hospice told me.",
    "i went to bury the hatchet; in reading the leaflet i'm in denial; likely to garner hits.",
    "The man from the mart said; she drives us to the rehab gym; the ceilidh in town was fun.",
    "the long beach walk was the high point; i was in high spirits; we spoke at AGM in March.",
    "baby was born at term, i was born at sunrise; we shop at charity shops, at the mercy of the bus.",
    "the nurse at reception said; my doctor at uni is nice; my appointment at half past; the nurse at three said.",
    "The ferry office always lets us on first when Mam has her hospital days.",
    # British spellings are English words: the frequency list is American.
    "The counselling centre has a 3 week wait. Neighbours drive me; the paediatric programme helped.",
    "the big bill came today, little steps from here on; my username is private.",
    "It may be that she may come. Good luck tomorrow everyone, thanks again all!",
    # Brands sold outside the US, which the drug package's list lacks.
    "Dermol and Epaderm for the eczema; Fostair then Trelegy; Laxido since the op; Utrogestan with Oestrogel.",
    "Ward on the 14th floor; I came 3rd; on the 2nd attempt; by the 3rd of the month; for 1/2 an hour.",
    "I looked at gmail today; my facebook is private. tell everyone; the dog's bed; you n me both.",
    # Syndromes named by their eponyms alone, joined; eponyms before more kinds of condition.
    "Lennox-Gastaut, Budd-Chiari and Ehlers Danlos; Rasmussen's encephalitis and a Chiari malformation.",
    # A word no list knows names the poison, sting or procedure that follows it.
    "Aftershave poisoning in toddlers and a Stonefish sting; Fluorescein angiography next week.",
    # Infections and remedies named after places; nouns after a title that is a noun too.
    "Epsom salts for the cramps; Norwalk virus on the ward; Ross River fever and West Nile virus.",
    "The Crohn's nurse line is open Saturdays; the Alzheimer's nurse comes Tuesdays.",
    # Dictionary words rare on the web that open a phrase; a common word of ICD-10-CM's (also a
    # first name or a town) before a medical word; medical shapes and prefixes.
    "Auscultation of the chest was clear. Creatinine blood test tomorrow, Prolactin levels too.",
    "Brain surgery next month; a Cherry angioma; Central venous catheter care; Weight-loss surgery.",
    "Heterochromia since birth; Immunoelectrophoresis was normal; Stereotactic radiosurgery done.",
    "Marburg hemorrhagic fever and Brussels sprouts.",
    # A brand no list knows, named by the product that follows it; what is the best, not who.
    "The stoma nurse said to try Brava seals for leaks. Hope is the best medicine.",
    "Mum lost her keys again. Reading helped his mood. my dad last week said no.",
    # Supportive care brands; a lab value after a name's possessive is no surname.
    "Radiation burns, Aquaphor and Mepilex are lifesavers. Neulasta bone pain; FOLFOX next.",
    "The clinic turns 50 this year. Christmas will be 3 weeks away.",
    "Storm made the power go off. Rain started the day and never stopped. Ya got me there.",
    "hope is what keeps me going. hope got me through. steroids made me hungry. i started chemo today.",
    "Newbie here, Celiac here too. Ditto here. Love from the whole support group. Aquafit on Wednesdays.",
    "my dad fell over; my wife cooks; my daughter loves her new school; my son gets bullied.",
    # Two everyday words run together, by the dictionary or by their use on the web.
    "The council will fund the stairlift; I use github and the downvoter's view is fine.",
    # Hearing aid makers; a verb and its object after a brand; days in the plural; a body part.
    "My hearing aids are Phonak, love them. BSL class on Tuesdays. Metformin gives my dad stomach problems.",
    # Initials after "at" that are wards, services or shouting; times and services after "at";
    # a holiday's name; what a group calls itself.
    "Two nights at HDU, then seen at the GP. I was AT HOME all day, she's at WORK till 6.",
    "Appointment at Pain Clinic, then coffee at Christmas Eve. Feeling Better At Last Thanks To The Nurses.",
    "We met at the Leukaemia Foundation morning tea; hypertension, also known as 'the silent killer'.",
    "The nurse practitioner rang; sent it to HR, then talk to your GP; switched from IV to PO.",
    "Where: online via Zoom. Location: the usual cafe.",
    # A drug or device that is also a given name, after an article or a verb of taking; a symptom
    # and brands at a sentence start.
    "Anyone tried the Mirena after excision? Sundowning is the worst part. Visanne gave me mood swings.",
    # A word in capitals after an article is an acronym; acronyms with a suffix; a blessing.
    "Now the PEG is in. Still waiting for my CBTp referral; my GPs are useless. My mum, Bless her, is 80.",
    "Kia ora whānau! Amma has dementia and Appa does everything; the Punjabi leaflets are here.",
    # Wheelchair makers; national bodies after "at"; initials in a product's name or a country's.
    "My new chair is a Quickie, SmartDrive on the back. Checks at the Ghana Union on Saturdays.",
    "Tried webVR in the HTC Vive; grew up in the USSR; it's in the FAQ; two nights in the ICU.",
    # British spellings of words the web knows in American spelling; services named by specialty.
    "My helper does the moisturiser every 2 hours; the Moisturiser is great; we travelled far.",
    "Seen at Heart Failure Clinic, then at Sexual Health Clinic and at Diabetes Eye Screening.",
    "my long walk today; the rose garden is lovely; a grace period was given",
    "My son was diagnosed with Iron deficiency; living with Day to day pain.",
    # An eponymous grade, a sign language programme, a plural no list holds; seasons and countries
    # before a verb; a disease's eponym owning a nurse.
    "They did the biopsy, Gleason 3+4. She does Makaton with her. Follow us for the meetups.",
    "Summer is here at last. America was at war. Parkinson's nurse rang me.",
    # An operation, for short, opening a sentence; a blood pressure monitor.
    "Op was on Monday, recovering well. Tracking my BP on my Omron.",
    "Speak French to the nurse; the Meadows are lovely; Staples sells folders.",
    "Ward 3 is on the second floor. Grace period is over. Miles away from home.",
    "Hey guys! thanks heaps for the help, ty both for the links.",
    # The plural of a word that stands is neither redacted nor held.
    "I've got white space!... and emojis; the meetups are back.",
    "he lives in fear of falling, i live in hope. grew up in tennessee, we're from america",
    "We used Boots as our pharmacy and had Mum as my carer.",
    "Will you come on Friday? I will. What Will Happen Next. Last Will and Testament.",
    "My Strava and my LinkedIn are private; dose is 5 mg/kg.",
    "i hope everyone is doing ok, if that is still on. we talked about the plan after group.",
    "It's what they call 'brain fog'; would you call him \"badly educated\"?",
    "Rose like a phoenix; a torrent of abuse; the antelope and the tartar; that is paramount.",
    "Since the first lockdown I walk; I was on the second one; the ratio is 3/4 now.",
    "The post-COVID clinic is slow. My Reha was pacing. Both CFers! The food is not Filipino, salamat.",
    "consultant said her bloods were fine; nurse said his son was fine. We drove to A and E.",
    # A capitalised word after "at the" that qualifies a noun, names a kind of place or a region.
    "Posted in the Facebook group and the Wikipedia article. Rest in the Lord. Nurses at the Hospice.",
    "He was raised in the Marxist tradition; we went to the Christmas fair; it's sunny in the Netherlands.",
    "Keto diet for seizures, anyone tried it? The Atkins diet and paleo did nothing.",
    "She was admitted to Resus, then taken to Theatre; waited in Majors; admitted in ICU. She works in IT.",
    "Thank you, Madam Speaker, for the chance to talk about the walk.",
    "I typed it in ms.word and saved it as a PDF.",
    # Greetings, dishes and grandparents of other languages and dialects; a specialty's short form.
    "Obrigada to everyone! Mamaw smoked for years. We had githeri and roti. Her gynae is kind. Diolch!",
    "Lost the quarter section my dad farmed; my husband stopped drinking. GORD from the reflux clinic.",
    "Dialysis at the DaVita unit; Auntie sent kontomire stew.",
    "Hooyo refuses the TB meds. In case anyone from the VSO reads this. Papou goes to the kafeneio.",
    "We meet for fika; he could dialyse at home. Bikur cholim volunteers.",
    "The clinic has a Creole-speaking nurse; our GP speaks Sylheti. Less fetta, no more galaktoboureko.",
    "Poi and fish instead of rice. My reumatóloga says walk.",
    "Anyone have tips for suhoor? Nobody mentioned the embolisation option. I AM AT HOME NOW.",
    "Diagnosed with JIA at 12, PsA at 30; chemo at Home; MRI at Christmas. Maman makes ash reshteh.",
    "She found a Malayalam-speaking physio; join our Portuguese-speaking group. My mãe knows. The Hit Parade.",
    "The sensor is 14-day wear; sensor number 2 fell off. Thanks @ everyone! I walked 10000 steps out in the sun.",
    "Chelation every night with the pump. Bapuji is 80 now.",
    "I see the Neuro team next week; the clinic on Monday was busy, the clinic on Zoom was fine. The Green Party won.",
    "I'm on Signal as well; Whatsapp is great for this.",
    "The Al-Anon meeting at the Methodist church saved my sanity; we meet after Jumu'ah.",
    # Runs of title-case words after "in" that hold no word for a place, no name: kept.
    "Two weeks in Intensive Care; an expert in American History; Acinetobacter in Healthcare Settings.",
    # Chains, times and numbers after a service and "at" or a platform.
    "The pharmacist at Boots sorted it. My appointment at Noon was cancelled. I'm on whatsapp 24/7.",
    "The doctor at First told me it was nothing; saw it on facebook 10mins ago; see data_2019.csv.",
    "That made me :sad_panda: today, and `max_dose` is the setting.",
    "Had my reversal in February, not the Valentine's I planned but worth it.",
    "Ma maw disnae believe it. Teta still makes kibbeh; Fete season and Tantie is sneaking doubles.",
    "He speaks Toishanese to Gung Gung.",
    "Anyone in Parkinson support groups? My dad was diagnosed with Huntington at 50. Umma has hwabyung.",
    # A medical word after "from [town] to"; a town's name after "a" (a thing); Gaelic words.
    "My cousin drives the elders from home to dialysis. We live in a colonia. Mo sheanmhair only speaks Gaelic.",
    # A people's word before an institution; nerve and heart blocks; a language's compound; festivals.
    "She walks to the Ethiopian church every Sunday. Had a nerve block 2 weeks ago; heart block 2 on the ECG.",
    "The day care centre has a Hokkien-speaking nurse. The temple has a health day every Pongal.",
    "Bà nội still goes to church; they explain the papers from the mutuelle.",
    "She reads the Goan newspaper; a clinic after badarak; she still makes sorpotel.",
    "We all go to the Baptist church; she still makes pastizzi and can read the Gutka again.",
    "the nurse at night said it was fine; my therapist at school says i need a break. My huisarts agrees.",
    "If anyone from the CF unit reads this, we never got the letter.",
    "Everyone from our class came to the funeral. People from the plant all got tested.",
    "My mum flies home every winter; Bubbe still runs the gemach for medical equipment.",
    "Dad was at the Welsh steelworks, then the Chinese factory. The Spam-catcher works like that.",
    "The shops on the High Street are closing. Our daughter goes to the ASL story time.",
    # After sending love or thanks: everyone, a relative, a country, a medicine; out of a ward.
    "sending love to everyone, thanks to lockdown and thanks to metformin. say hi to grandma from aotearoa.",
    "We got out of Intensive Care on Friday and out of Hospital at last.",
    # "Mam" is a mother; "else" owns nothing; a relative's home after "took her to".
    "mam is getting worse. anyone else's mum freak out at night? we took her to mum's for the night.",
    # Whoever is worried or had seizures when no name is given: everyone, a relative, forums' shorthand.
    "everyone is worried, hubby is worried. ds had 3 seizures today and dd is so excited. mine had a bad fall.",
    "i'm in pain and i'm in bed with it. we're in hospital again, i'm in agony still. i'm in work tomorrow.",
    # Inuktitut and Spanish words for parents; an indigenous language of Mexico; a compound noun.
    "Anaana was medevaced south. Papá works the fields. She speaks Mixteco at the farmworker clinic.",
    # What a card is for, whom one goes with, what is near: no one's name.
    "a card for mum, a cake for christmas, prayers for peace. went with it to the end, went with him to the gp.",
    "It's hard to read near the bottom; we're near enough now; near normal today.",
    # A physical therapist by her initials; a market named for its holiday before its town.
    "- the PT, who does pilates-based rehab. We met at the Christmas Market in the square.",
    # "our" before what a family has or is.
    "our bill was 300 quid, our mark is due, our kid is coming, our hope is that our lass has been. what our brand is",    # A Sikh congregation's reader and prayer; the ship a generation is named after.
    "Our granthi did the ardas at her bedside. Grandad came over on the Windrush.",    # Exclamations before cheering; whom one remembers without a name.
    "omg yes!!! you did it. omg amazing!!! well done. in memory of all the babies, remembering everyone we lost",    # Conditions, jobs and known initials before "here" or after thanks; Māori and Goan words.
    "RA here, 5 years in. MD here. GP here, happy to help. Thanks, MS",
    "The kaumātua at the marae blessed the room. She makes the sannas for every visit.",    # Who came home, started school or had jabs when no name is given; a ward at the desk.
    "everyone came home. dad passed away. she started school. nobody had his op. the nurse at the desk said no.",    # Roles and partners by their short words before what they said; British medical spellings.
    "reg said no. bf said yes. locum said wait. the anaesthetist said it was fine, the paediatrician agreed",    # A form's next field after a semicolon opens like a sentence: "Best" is no town there.
    "Buddy form; Condition: type 2 diabetes; Best time to call: evenings.",    # A shop "on" a day, a holiday or an edit; "us" before a town.
    "the clinic on thursday, the pharmacy on holiday, the help center on edits. we went to us too",    "On Instagram, I'm quite private.",    # What one gives that is no one: blood, birth, hope, way; "a" is no initial after a name.
    "gave blood the other day, gave birth the next morning, give hope a chance, gave way the moment",    "We stay in the estate so every morning he takes matatu at 5am. Abeg, no wahala.",    "the new general hospital is huge; pain at the base of my spine; cariad starts at ysgol gymraeg in september",    "The neurologist finally agreed it's Lewy body, not Alzheimer's. It's Lewy bodies.",    "the twins, both of them, and me, are tired",    "the nurse at the city council said no. services at children's of all ages. well-being and follow-up",    "mum set it up for me. the nurse there said no, the doctor himself said so, the nurse practitioner at the clinic",
    # Directions and articles before a landscape's kind; Hmong words for kin.
    "anyone near north coast? we moved near the coast last year. the whole valley flooded near the hills",
    "Niam tais is up at five. Txiv and pog came too",
    # Scots parents; "the royal" before a common word; a role's kind before a verb; runs to a relative's.
    "my da's no well. ma and da came up. she got the royal treatment. in the royal family again",
    "the teacher aide is lovely. we drove an hour to the clinic. the school run to nan's",
    # Known initials, subjects and formats after "in"; a bush tea and a pie.
    "She had a seizure in PE. Can it display in SVG? He was in ICU, then in HDU. I sent it in DM.",
    "Granny has been taking cerasee for her sugar and he wants him off the tourtière.",
    # Visitors from a word that common; "base" before a noun; "took" before a verb's "to"; sayers no one.
    "the nurse from church came. the lady from hospice rang. the pain at the base of my spine. our knowledge base is",
    "he took time to explain. she took ages to reply. i took care to say. we took turns to sit",
    "ok, mum says we can. the nurse said i could. everyone says it helps. google says it's fine",
    # Words for kin and nurses' letters after a signature.
    "Tata was diagnosed in June. Minha avó is home. Whaea and Koro came. Thanks, RGN and RMN",
    # What did things for one that is no one; a train between no towns; a skatepark.
    "and work sent me home. and life gave me lemons. and the nurse rang me. the train from hell to nowhere",
    "he had a seizure at the skatepark",
    # Words after a hospital before a pause; toes lost at night; a town-word before "comes"; who keeps
    # things going that is no one.
    "the nurse at the desk again, ugh. lost two toes at night. i live in hope comes to mind",
    "the shop is running the show. and everyone is working the weekend. and hope is keeping me going",
    # Pastimes and idioms after a word for where, in a post without capitals.
    "i wrote it in haste. she takes her to bingo. the kids are at rugby. the stent is in situ. in limbo again",
    "the group in hope is nice. the clinic in town is shut. the physician in charge, the dietitian in training",
    # Kurdish and Kriolu words for kin; faiths' adjectives; a form's field by a service.
    "Dayik's kidney doctor wants a workup. Nha avó stays with us. We went to a Hindu temple and a Jain temple",
    "Clinic: Pain Management; Where: online",
    "the district nurse is lovely. we set up the group. the diabetes nurse said so",
    "not the one, not the gp, not the er, not the best. too bad you're not the mod here",
    # The eponym without an honorific; a device for Ménière's.
    "Our boy had Kawasaki disease at 3. My ENT says try the Meniett.",
    "she came over from the general public meeting",
    "everyone at the clinic said no. mum at the desk got it. the nurse at the ward said so",
    # Quoted words before a day or a place's kind; a language of the Roma.
    'We watched "Friends" on Monday. She needs someone who speaks Romanes.',
    "i stayed in plain sight. we stay in touch. my mum stays in bed. my laaitie is lekker, ouma says",
    "stuck on the road. on my street. on a busy road. help from our street came. the nurse brings her meds",
    "Abah's kidney doctor is kind. Ibu is still at home. Nenek and Atuk came too.",
    "ask around for tips. text me if you need. tricare said no. we live in town and love it",
    "Feeling Better At Last. Back Home at Last Thanks. Faka'apa'apa to everyone.",
    "we met at town hall. the nurse in charge is kind. the lady in red is here. the oncologist at night wants",
    # Drug classes; a verb after "your doctor"; a one-to-one; grandparents in Yiddish, Turkish, Cree; no royal hospital.
    "Some diabetes medicines, such as insulin and sulfonylureas, can cause it. Ask about SGLT2 inhibitors.",
    "Take blood pressure medicine if your doctor prescribes it. If your doctor recommends it, use a spacer.",
    "a one-on-one with the nurse helped. Bubby is home. Anneanne had surgery. my moshom is well",
    "he served in the royal navy. her Hausarzt referred her",
    "the utes are playing up again. we read the queen's speech. my zeide is well",
    "got my heart at rest. ask for big help. the activities lady does the singalongs",
    "Website for our group is below, kia ora to all. Kia kaha whānau. Home From The General Said",
    "he is in tx now. she's in bed again. we got through hell. i'm in bed again",
    "Mija started Epidiolex through the trial. mijo is doing better. My shimásání is well.",
    "we waited in the a&e for hours, then stayed at the b&b. summer comes round fast. hope comes in many forms",
    "we took him to bills for dinner",
    # A season named by a word that is also a town's; mothers and grandmothers in Albanian.
    "Mummy's depression got bad after Hurricane season. Nëna ime is on sertraline. Gjyshja ime has diabetes.",
    # Sisters and mothers in Vietnamese.
    "Em gái tôi has epilepsy. Mẹ tôi has diabetes and chị tôi has asthma.",
    # A cardiac catheterisation by its short name.
    "pappaw had his heart cath last week and the cath lab was busy; my uncle had a cardiac cath too",
    # Type 1 and type 2 diabetes by their short names, after a cue for an address.
    "Our son is at the T1 clinic on Tuesdays; he's been T1 since 2019 and his grandad is T2.",
    # Mothers in Hungarian, grandmothers in Mi'kmaw.
    "Anyám has vascular dementia now. Nukumi (my grandmother) is well.",
    # Appalachian grandparents.
    "pappaw got his black lung papers through and mammaw is doing well",
    # Grandparents in Swahili and Kikuyu.
    "my shosho had a stroke last year and my cucu and guka still farm",
    "they farm in pairs. someone from church brings her soup. the lady from church brings soup",
    "The student psychologist speaks Northern Sámi with me; the doctor speaks Sámi too.",
    "said hello to lady luck. my pa is ill",
    "we stayed in the city for two nights. the clinic is the cherokee nation one",
    "The pain clinic has a Dari interpreter now. Mi madre tiene artritis reumatoide.",
    "the clinic is at noon. his dialysis is at night. the op was at dawn",
    "it was a total partygate thing. my physio comes from the CLSC in town",
    "she looked after grandad till the end. it was a mere formality. Grandma goes to dialysis",
    "Our koumbaros drives her there every second Thursday.",
    # Departments of health after "at", the compass as a region, an island as a kind.
    "the nurse at occupational health said it was fine. my physio at student health said rest",
    "she lives in the north east now. the nurse from the west wing came. we dream of a desert island",
    "Yes! My OT set my heart rate limit at 110 for pacing.",
    "we're from mum's side of the family. he's on the stroke unit, then the rehab centre. with beer and the lads",
    "She works at Internal Medicine. He was referred to Sports Medicine, then to Mental Health.",
    "The social worker got us a room at the Ronald McDonald House.",
    "we stayed at the ronald mcdonald while she had her op",
    "the young carers at barnardos are ok. Wor lad has Duchenne.",
    "Sadly, my husband, who has MS, fell. Honestly, my mum, bless her, tries.",
    "our faith is strong, our hope took a knock. we moved from home last year. Help from next door came.",
    "they moved him from hope to despair",
    "School starts in August. Work starts Monday.",
    "she's at mums again, he's at nans since friday. he's at friends for the weekend",
    "the parking at the royal car park is awful",
    "I work at Tesco. She works at NHS Direct. I WORK AT THE MILL.",
    "My husband I. and I went. My son went to A. and E. last night. I take 1/2 a tablet.",
    "i cant come cuz my mum is sick",
    "she passed away at home, he died at work",
    "we go to the community centre and the cancer centre and the leisure centre",
    "The Royal Flying Doctor clinic comes every fortnight.",
    "our friends from church came, our dog from the rescue is lovely",
    "baby girl was born, little one has been in, baby boy arrived, wee man is in the ward",
    "oh gosh, we met at lol. see you at aldi.",
    "ndis said no again. odsp turned me down. the physio at uni was great, the ot at home said",
    "the dialysis nurse said no, the ward nurse is lovely",
    "the ward is at the north end of the hospital. my key worker at the clinic is nice",
    "The Ryan White clinic got me on meds in a week.",
    "my key worker is nice, my support worker was late, my key worker also came. my mama is sick",
    "switched from arima to sertraline. she applied to the health sciences faculty. the lady who runs it is nice",
    "the dose in children's tylenol is smaller. time brings the healing",
    "The Karen interpreter came every day. Mi hija tiene fiebre. Vovó still asks for him.",
    "he was in sick bay. the company reached new heights. up shit creek. we were in bed bay 4",
    "Her oncologist explained everything in Darija. My aaka had her biopsy last week.",
    "Platelets dropped to 22 after the plate of chips.",
    "honestly love my nurse is the best, and hope my counsellor says yes",
    "my abuelita gets her insulin, my tio takes her. My tía still makes tamales.",
    "The rabbi from the kollel visits him every Friday; the yeshiva boys sing.",
    "he went past caring, she lives beyond her means",
    "Tūtū kāne had his heart attack at the beach.",
    "he's in the royal navy. we had a pint at the royal oak on friday",
    # Text the gate has redacted once, screened again by `carekb check`: what stood by a name stays.
    "Thank you Mr. [name] for raising this. It was resolved in the Allies' [name]. Operation [name] failed.",
]


@pytest.mark.parametrize("text", MEDICAL)
def test_medical_vocabulary_survives(gate: PrivacyGate, text: str) -> None:
    result = gate.screen(text)
    assert not result.held, result.reasons
    assert result.text == text and result.findings == ()


@pytest.mark.parametrize(("text", "redacted"), [
    # After "from [town] to", a word of ICD-10's is where they go, not a second town.
    ("She drives the elders from Wanblee to hydrotherapy twice a week.",
     "She drives the elders from [place] to hydrotherapy twice a week."),
    # A date after "moved to" is no house number: the address stops before the condition.
    ("Appointment moved to 12/03/2025 at Leeds Royal, endometriosis review.",
     "Appointment moved to [date] at [place], endometriosis review."),
    ("Paget's disease: zoledronic acid infusion for dad (97) next month.",
     "Paget's disease: zoledronic acid infusion for dad ([age]) next month."),
    # After a town in lowercase, a condition is no surname; the rest of a hospital's name is the place's.
    ("we run the lagos sickle cell whatsapp group", "we run the [place] sickle cell whatsapp group"),
    ("ward 3 at wigan general, ask for the sister", "ward 3 at [place], ask for the sister"),
    # A sign-off's word stays beside the name it signs.
    ("Thanks all, the fibro group helps. Love, Yvonne x", "Thanks all, the fibro group helps. Love, [name] x"),
    # A title that is a word ends no sentence into a name; titles stay beside the names they precede.
    ("Lupus is a disease. Ask the nurse. Nobody is a doctor here.",
     "Lupus is a disease. Ask the nurse. Nobody is a doctor here."),
    ("Saw Dr. Okafor and Prof. Lee, then Mrs. Smith.", "Saw Dr. [name] and Prof. [name], then Mrs. [name]."),
    ("My oncologist Dr. Park is kind; my GP Dr Hale retired.", "My oncologist Dr. [name] is kind; my GP Dr [name] retired."),
    ("Her nephrologist, Dra. Rivera, speaks Spanish.", "Her nephrologist, Dra. [name], speaks Spanish."),
    ("Sgt. Ramirez from my old unit; Capt Okoro too.", "Sgt. [name] from my old unit; Capt [name] too."),
    # A verb opening a sentence is not the first half of the name it addresses.
    ("Ask Bev for the forms. Ring Tomasz on 07700 900123.", "Ask [name] for the forms. Ring [name] on [phone]."),
    ("my neighbour sarah drove me in", "my neighbour [name] drove me in"),
    ("Hi Freddy, I'm contacting you about the form. Jordan came round.", "Hi [name], I'm contacting you about the form. [name] came round."),
    ("i met sarah last week; sarah and jo both spoke at the day.", "i met [name] last week; [name] and [name] both spoke at the day."),
    # An age between commas after a name is no house number; a contraction after a name is no name.
    ("I'm Thandiwe, 34, newly diagnosed with lupus.", "I'm [name], 34, newly diagnosed with lupus."),
    ("thanks jen, you're a star. Love from Marit and the kids", "thanks [name], you're a star. Love from [name] and the kids"),
    # An age over 89 is the number (and its unit), not the words that told it apart.
    ("Uncle Raju's HbA1c is 9.2, doctor wants insulin.", "Uncle [name] HbA1c is 9.2, doctor wants insulin."),
    # Text speak after a name is no initial; eponyms own their disease.
    ("lol sarah u r a star; addison's disease and the cat's bed", "lol [name] u r a star; addison's disease and the cat's bed"),
    # After a possessive name, a medical word is what the person has, not her surname.
    ("Maddie's Dexcom alarm went off 6 times.", "[name] Dexcom alarm went off 6 times."),
    ("Her birthday is March 14th, she'll be 95. Gran is 101 next week, aged 93 years old.",
     "Her birthday is [date], she'll be [age]. Gran is [age] next week, aged [age] years old."),
    # A greeting is no one's name; a world name that is an English word is the word beside a name.
    ("Howdy from Amarillo! Hiya, Jo, see you Thurs x", "Howdy from [place]! Hiya, [name], see you Thurs x"),
    # A language's name is no one's; an organisation's kind beside its worker is not listed with her;
    # after "a", an unknown word is a thing or a role, though after a title the "a" is an initial.
    ("The counsellor from the NGO, Esther, speaks Lingala and Tetum.",
     "The counsellor from the NGO, [name], speaks Lingala and Tetum."),
    ("As a promotora I visit families; an upvote for you. Seen by dr a kowalski.",
     "As a promotora I visit families; an upvote for you. Seen by [name]."),
    # The writer is no one's name; a country that is a given name, where only a place stands; a
    # café is no street; a scale named after a town.
    ("I look after my little brother, I'm 15. We moved from Kenya; the Society of India runs camps.",
     "I look after my little brother, I'm 15. We moved from Kenya; the Society of India runs camps."),
    ("Our meetup is at the café near Witte de Withstraat. Glasgow coma scale was 8 in Glasgow.",
     "Our meetup is at the café near [name]. Glasgow coma scale was 8 in [place]."),
    # A title stays before its name, whatever rule finds the name; a phone's first group is no
    # postcode; after a word for kin a common word is a verb; after "my son is", an adjective.
    ("Ask for Dr. Malak on Fridays, or ask Dr.Wong, 07700 900123.",
     "Ask for Dr. [name] on Fridays, or ask Dr.[name], [phone]."),
    ("Grandma goes to dialysis. My son is nonverbal and they approved ABA. I looked after grandad till the end.",
     "Grandma goes to dialysis. My son is nonverbal and they approved ABA. I looked after grandad till the end."),
    ("my gp at home visits; my doctor at work is nice; seen at night", "my gp at home visits; my doctor at work is nice; seen at night"),
])
def test_medical_terms_survive_beside_identifiers(gate: PrivacyGate, text: str, redacted: str) -> None:
    assert gate.screen(text).text == redacted


def test_analysis_failure_holds(gate: PrivacyGate, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(gate._analyzer, "analyze", broken)
    result = gate.screen("Anything at all.")
    assert result.held and result.reasons == ("analysis failed: RuntimeError",)


def test_unexplained_word_is_redacted_not_held(gate: PrivacyGate) -> None:
    # A capitalised word no list knows may be a name: losing it is better than publishing it,
    # and better than holding the whole post.
    result = gate.screen("Yesterday Xoltrabek came round with soup for me.")
    assert not result.held and result.text == "Yesterday [name] came round with soup for me."


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Mi hermano Joaquín me donó el riñón en el hospital y los dos estamos bien.",
     "me donó el riñón", "Joaquín"),
    ("Ma mère Ghislaine a fait sa mammographie et on attend les résultats.", "on attend les résultats", "Ghislaine"),
    ("Annem astım, doktor Yılmaz hızlı konuşuyor, ben anlamıyorum.", "astım", "Yılmaz"),
    # A name in lowercase is still found by the name lists, whatever the sentence's language.
    ("mi hermana maría garcía tiene cita con el médico mañana.", "el médico", "garcía"),
    ("Mon père Réjean a perdu l'ouïe à cause des tracteurs et de la scierie.", "perdu l'ouïe à cause", "Réjean"),
    # German writes every noun with a capital: there a capital is no sign of a name, though a title still is.
    ("Meine Schwester hat auch Brustkrebs, wir gehen zusammen zur Gruppe bei Herrn Becker.", "zur Gruppe bei Herrn",
     "Becker"),
    # A word of the language opening the sentence is no unexplained capital.
    ("Majikan saya tidak kasih libur untuk ke dokter, sudah dua minggu, kata Pak Budi.", "Majikan saya", "Budi"),
])
def test_sentences_in_other_languages_keep_their_words(gate: PrivacyGate, text: str, kept: str, gone: str) -> None:
    result = gate.screen(text)
    assert not result.held, result.reasons
    assert kept in result.text and gone not in result.text, result.text


def test_english_sentences_are_not_taken_for_another_language() -> None:
    from generator.privacy import language

    english = ["Mi abuela Conchita is 92 and still makes tamales every Christmas.",
               "anyone else get the adhd tax, forgot to cancel 3 subscriptions again lol",
               "My oncologist at the Jewish General, Dr. Bouchard, explained the HER2 result slowly.",
               "Dr Okonkwo-Adeyemi said the echocardiogram and troponin were fine, phew."]
    assert [language.sentence_languages(text) for text in english] == [[]] * len(english)
    spanish = "Mi papá trabajó en la mina por treinta años y ahora tiene silicosis."
    assert language.sentence_languages(spanish) == [(0, len(spanish), "es")]


def test_label_stays_and_value_goes(gate: PrivacyGate) -> None:
    assert gate.screen("My MRN is RX4471920 if asked.").text == "My MRN is [id] if asked."
    # An IP or e-mail address is no street address: the words after it stay.
    assert gate.screen("my IP address is 192.168.0.14 lol").text == "my IP address is [ip] lol"


def test_text_in_a_script_without_capitals_is_held(gate: PrivacyGate) -> None:
    # Names can't be told from words there by case or by English lists: hold, with where.
    result = gate.screen("My neighbour 王伟 drove me to the clinic.")
    assert result.held and result.reasons == ("text in a script the gate can't check at 13-15",)
    # Hawaiian's ʻokina is a letter without case inside Latin words: those are read, not held.
    hawaiian = gate.screen("Tūtū gets her dialysis in Waiʻanae; we moved back to Hawaiʻi for the ʻohana.")
    assert not hawaiian.held and "Waiʻanae" not in hawaiian.text and "Hawaiʻi for the ʻohana." in hawaiian.text


def test_redact_command_reports_offsets_into_the_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    texts = [{"id": 1, "text": "My husband Dave has Parkinson's; call 020 7946 0321."},
             {"id": "b", "text": "Metformin 500 mg since 2019."}]
    source.write_text("".join(json.dumps(t) + "\n" for t in texts))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["redact", str(source), "-o", str(out), "--root", str(tmp_path)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in out.read_text().splitlines())
    assert first["text"] == "My husband [name] has Parkinson's; call [phone]." and first["held"] is False
    assert [texts[0]["text"][f["start"]:f["end"]] for f in first["findings"]] == ["Dave", "020 7946 0321"]
    assert [f["type"] for f in first["findings"]] == ["name", "phone"]
    assert second == {"id": "b", "text": "Metformin 500 mg since 2019.", "held": False, "findings": []}
    source.write_text('{"id": 1, "text": "fine"}\n{"id": 2}\n')
    result = CliRunner().invoke(main, ["redact", str(source), "--root", str(tmp_path)])
    assert result.exit_code == 2 and f'{source}:2: a line needs "id" and a string "text"' in result.output
    assert '"held"' not in result.output  # no line screened before the bad one reaches standard output


def test_gate_meets_the_bar_on_the_tuning_set(gate: PrivacyGate) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from evaluate_privacy import evaluate, forum_samples

    samples = forum_samples(REPO / "tests/privacy/forum_testset.txt")
    assert len(samples) > 100 and sum(len(s.identifiers) for s in samples) > 75
    figures = evaluate("tuning set", samples, gate)
    assert figures["recall"] >= 0.99 and figures["leaking"] <= 0.01 and figures["held"] <= 0.05
    assert figures["medical_kept"] >= 0.97


def test_readme_first_run_figures_are_the_recorded_runs() -> None:
    """The README's overall row of first runs is the sum of the runs the evaluation document
    records, and every set the evaluator lists (from the sixth on) has its first run there."""
    sys.path.insert(0, str(REPO / "scripts"))
    from evaluate_privacy import FORUM_SETS, first_runs

    runs = first_runs(REPO / "docs/privacy-evaluation.md")
    row = re.search(r"\| \*\*every hand-written set's first run, the sixth to the [a-z-]+\*\* \((\d+) sets;[^|]*\) "
                    r"\| ([\d,]+) \| ([\d,]+) \| \*\*([\d.]+)\*\* \| \*\*([\d.]+)\*\* \| \*\*([\d.]+)\*\*",
                    (REPO / "README.md").read_text(encoding="utf-8"))
    assert row is not None
    posts, identifiers = sum(r.posts for r in runs), sum(r.identifiers for r in runs)
    assert (int(row[1]), int(row[2].replace(",", "")), int(row[3].replace(",", ""))) == (len(runs), posts, identifiers)
    assert row[4] == f"{1 - sum(r.missed for r in runs) / identifiers:.3f}"
    assert row[5] == f"{sum(r.leaking for r in runs) / posts:.3f}"
    assert row[6] == f"{sum(r.held for r in runs) / posts:.3f}"
    recorded = {r.name for r in runs}
    assert [name for _, name in FORUM_SETS[5:] if name not in recorded] == []


def test_rare_condition_names_survive(gate: PrivacyGate) -> None:
    """MedQuAD's condition names (every tenth) in a forum sentence: rare diseases, organisms, tests
    and procedures stay, as the MeSH disease list and the medical shapes keep them."""
    sys.path.insert(0, str(REPO / "scripts"))
    from evaluate_privacy import evaluate, medquad_samples

    samples = medquad_samples(SHARED_DATA)[::10]
    assert len(samples) > 400
    assert evaluate("MedQuAD condition names", samples, gate)["medical_kept"] >= 0.92


def test_generated_posts_label_what_they_contain() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from forum_synth import generate

    tuning, held_out = generate(0, 60), generate(1, 60)
    assert [s.text for s in generate(0, 60)] == [s.text for s in tuning]  # seeded
    for sample in tuning + held_out:
        assert sample.identifiers and all(sample.text[a:b].strip() for a, b in sample.identifiers)
        assert "{" not in sample.text
    # The two halves come from different templates.
    assert not {s.text[:12] for s in tuning} & {s.text[:12] for s in held_out} - {""}


@pytest.mark.parametrize(("text", "reason"), [
    # An eponym that is also a first name, beside a found name: a person, or "Wilson's disease"?
    ("Is there a better song on this list? Jim and Wilson were precision engineers.",
     "a capitalised first name at 45-51"),
    ("the desk code is 12 345 67 if you get lost", "a long run of digits at 17-26"),
    # In a post without capitals, a given name listed with a redacted name may be a person.
    ("my wife and i (victor manuel and peer) run the group.", "a given name listed with a redacted name at 33-37"),
    # A first name that is a word, before an everyday word ICD-10-CM happens to hold ("back").
    ("Lovely to see Frank back at group.", "a capitalised first name at 14-19"),
    # A given name opening a sentence, before a verb that fits a person as well as a word.
    ("River is moving up a class in September.", "a given name opening a sentence before a verb at 0-5"),
    ("Thanks all. Will has his MRI tomorrow.", "a given name opening a sentence before a verb at 12-16"),
    # An eponym after "The" in mid-sentence is a title-cased name, not a drug after an article.
    ("The support meet is at The Bell Inn, 14 High St.", "a capitalised first name at 27-31"),
    # A capital after a word for where that no rule explains may be a place that new text names in a
    # new way: a headland, "off the Lizard".
    ("Her husband went over the side off the Lizard in 2019, they never found him.",
     "a capitalised word after a word for where at 39-45"),
    # A word of ICD's descriptions that is an everyday word first ("old") may begin a place's name.
    ("the medevac flew her from Old Crow to the city in January.", "a capitalised word after a word for where at 26-29"),
    # A given name that is also a word ("sue", "bill"), in a post without capitals, not after what makes
    # it the word ("to sue", "the bill").
    ("my shift with sue was long today", "a given name that is also a word in a post without capitals at 14-17"),
    ("wud u believe jade had hers done in 3 months", ("a given name that is also a word in a post without capitals "
     "at 14-18")),
    # In a post without capitals, what someone comes in from, however common its word: a village no
    # list holds.
    ("mam has chemo on tuesdays and we come in from mumbles, the nurse rings",
     "a word after coming in from, in a post without capitals at 46-53"),
    # ... and "through" from it, as Scots say: "came through from easterhouse".
    ("my partner and my maw came through from easterhouse for the birth",
     "a word after coming in from, in a post without capitals at 40-51"),
    # In a post without capitals, a town's word after a redacted hospital and "in", however common.
    ("they blue lighted him to the rvh in hope", 'a town of the lists after a redacted place and "in" at 36-40'),
    # A lowercase word after a service and "at" that no rule explained may be a hospital's name.
    ("had my lumpectomy at jimmys last week, the ward was lovely", 'a lowercase word after a service and "at" at 21-27'),
    ("passed a stone, the ER at bluebonnet took me in fast", 'a lowercase word after a service and "at" at 26-36'),
    # ... a name more often than a word after "to", where only a verb's "to" leaves a word.
    ("my son's doctor moved to henry ford's, we followed her", ("a given name that is also a word in a post without "
     "capitals at 25-30")),
    # ... and joined by "and" to a redacted place.
    ("she does nights in st austell and par", "a town of the lists listed with a redacted place at 34-37"),
    # ... and after chat's "@" for "at".
    ("went 2 the neuro @ airedale w/ jaz today, they upped my keppra", 'a lowercase word after a service and "at" at 19-27'),
    # ... and after "past": a town in a hollow, "up the holler past War".
    ("Mamaw lives up the holler past War, the home health nurse comes from Welch.",
     "a capitalised word after a word for where at 31-34"),
    # In a post without capitals, a small town's word after a word for where that no rule explained.
    ("couldn't have done it without her driving me to the suboxone clinic in hazard",
     "a town of the lists after a word for where in a post without capitals at 71-77"),
    # ... and where a clinic is, however common the town's word.
    ("the cardiac nurse runs a clinic in battle once a month", ("a town of the lists where a clinic or a group is, in "
     "lowercase at 35-41")),
    ("dad's in hospital in hope after his heart attack", ("a town of the lists where a clinic or a group is, in "
     "lowercase at 21-25")),
    ("anyone in march or chatteris? my mum needs a lift", "a town of the lists listed before a redacted place at 10-15"),
    # ... and before a preposition of where: "at Regions near her".
    ("she won't let the shaman at Regions near her, only the doctor", "a capitalised word after a word for where at 28-35"),
    # ... and a compound no dictionary holds ("drumchapel"), and what someone is home from.
    ("my ma is watching the other two in drumchapel",
     "a compound no dictionary holds after a word for where at 35-45"),
    ("finally home from starship, our tama was so brave", "a word after coming in from, in a post without capitals at 18-26"),
    # ... and, in a post with capitals, such a compound with a place's ending, typed in lowercase.
    ("The kids play in drumchapel most days. I'm driving up tomorrow.", "a compound no dictionary holds after a word for where at 17-27"),
    ("My brother drives up to sit with mum at leighton.", "a town of the lists in lowercase after a word for where at 40-48"),
    # ... and a word no dictionary holds, one letter from one, after "at": a hospital's name.
    ("pastor ray came to pray with us at anmed, she's in room 412",
     "a word no dictionary holds after a word for where in a post without capitals at 35-40"),
    # ... and where a leg came off.
    ("uncle delroy had his leg off at airedale and auntie is staying with him", 'a lowercase word after a service and "at" at 32-40'),
    # ... and where the writer is, in chat's "@", opening a post.
    ("@ kings w/ mum 2day, her onc says scans r clear!!", 'a lowercase word after "@" opening a post at 2-7'),
    # ... and a state of life elsewhere ("living in hope") right after a redacted place.
    ("my dad's cardiac rehab is at the bridge centre in hope, he likes it",
     'a town of the lists after a redacted place and "in" at 50-54'),
    # ... and, in a post without capitals, a city by its initials: "in pmb".
    ("my cousin teaches in pmb, she loves it", "a town of the lists after a word for where in a post without capitals at 21-24"),
    # ... and a Scots "fae" is "from".
    ("wur stevie is up fae castlemilk every night", "a compound no dictionary holds after a word for where at 21-31"),
])
def test_what_may_still_identify_is_held_with_where(gate: PrivacyGate, text: str, reason: str) -> None:
    result = gate.screen(text)
    assert result.held and reason in result.reasons, result


def test_rare_words_and_acronyms_do_not_hold(gate: PrivacyGate) -> None:
    # Words of the language that the smaller lists miss, acronyms, contractions, states.
    for text in ("Tag wikis are obscure and the ethnicity question is stroppy.",
                 "I'll ask Ted; I've read the FAQ. I live in North Carolina.",
                 # A prefix before a word, a negated contraction, a shrug.
                 "Your unsourced answer was nominated for undeletion. Don't blame me ¯\\_(ツ)_/¯",
                 # The modal, a season and a month opening a sentence.
                 "Will you come? Summer is here at last. May is a good month."):
        result = gate.screen(text)
        assert not result.held, result.reasons
    for text in ("Your unsourced answer was nominated for undeletion. Don't blame me ¯\\_(ツ)_/¯",
                 "could you unmute laptop mic"):
        assert gate.screen(text).text == text


def test_long_tokens_and_posts_are_screened(gate: PrivacyGate) -> None:
    # A 50,000-letter token once made the typo check build millions of 50 KB strings (the process
    # was killed); a long post was screened in time quadratic in its length.
    token = gate.screen("see " + "a" * 50_000 + " thanks")
    assert token.text == "see [name] thanks"
    post = gate.screen("Our village is tiny, Little Snoring, and Dave drove me. " * 400)
    assert post.text.count("[name]") == 400 and post.text.count("[place]") == 400


def test_quick_guards_never_skip_a_post_their_pattern_matches(gate: PrivacyGate) -> None:
    """The substring and digit guards that spare slow patterns most posts (``needs``, the name
    rules' cue words) must pass every text the pattern itself matches: a guard that wrongly
    skips would silently publish what the pattern was written to find."""
    from xml.etree import ElementTree

    from generator.privacy import recognizers

    sys.path.insert(0, str(REPO / "scripts"))
    from evaluate_privacy import forum_samples

    texts = [text for _, text, _ in IDENTIFIERS] + MEDICAL
    texts += [s.text for s in forum_samples(REPO / "tests/privacy/forum_testset.txt")]
    for _, row in ElementTree.iterparse(SHARED_DATA / "stackexchange/history-meta/Comments.xml"):
        if row.tag == "row" and row.get("Text") and len(texts) < 2500:
            texts.append(row.get("Text", ""))
    guarded = 0
    for recognizer, needs, _ in gate._analyzer._recognizers:
        if needs is None:
            continue
        found = [t for t in texts if recognizer.analyze(t, gate._entities, None)]
        guarded += bool(found)
        assert all(needs.search(t) for t in found), (recognizer.name, [t for t in found if not needs.search(t)][:3])
    for rule, compiled, _ in recognizers._RULES:
        if rule in recognizers._CUES:
            matched = [t for t in texts if compiled.search(t)]
            guarded += bool(matched)
            missing = [t for t in matched if not any(cue in t.lower() for cue in recognizers._CUES[rule])]
            assert not missing, (rule, missing[:3])
    # The place patterns guarded inline by a cheaper search of their own words.
    texts += ["He worked Saltaire Mills all his life.", "A walk on the Town Moor.", "MRI at the Neuro today."]
    for pattern, guard in ((recognizers._WORKPLACE, recognizers._WORKPLACE_WORD),
                           (recognizers._NAMED_LANDSCAPE, recognizers._LANDSCAPE_WORD),
                           (recognizers._VENUE_THE, recognizers._SHORT_NAME)):
        matched = [t for t in texts if any(m.group(1).lower() in recognizers._HOSPITAL_SHORT_NAMES
                                           for m in pattern.finditer(t))] if guard is recognizers._SHORT_NAME \
            else [t for t in texts if pattern.search(t)]
        assert matched and all(guard.search(t) for t in matched), pattern.pattern[:40]
    assert guarded > 30  # the texts exercise most guarded patterns


def test_a_clinicians_degrees_are_no_names(gate: PrivacyGate) -> None:
    assert gate.screen("Dr. Helen Tsang, MD, FRCPC, switched her.").text == "Dr. [name], MD, FRCPC, switched her."
    screened = gate.screen("Dr Smith MBChB FRCS did it")
    assert screened.text == "Dr [name] MBChB FRCS did it" and not screened.held
