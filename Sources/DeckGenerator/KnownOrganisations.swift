/// Well-known organisations, from general knowledge (the world's best-known companies, central banks,
/// international bodies, parties, militant groups, universities, NGOs, news media and sports bodies), never from
/// the articles the generator is measured on. A chunk whose whole key is listed gets a group cue
/// (`NameFinderCues.swift`): a cue, not an override, so strong evidence for a person or a place still wins.
/// Names that are usually ordinary words or people or places when bare (`Target`, `Delta`, `Ford`) are left out;
/// acronyms written in capitals (`WHO`, `ICE`) count only when the text writes them in capitals.
/// 2,020 names (with `KnownOrganisations+Business.swift`).
enum KnownOrganisations {
    /// Technology, internet, telecoms, space and games.
    static let technology: [String] = [
        "Microsoft", "Google", "Alphabet", "Meta Platforms", "Facebook", "YouTube", "Twitter", "LinkedIn", "Netflix",
        "Nvidia", "Intel", "AMD", "Advanced Micro Devices", "Qualcomm", "Broadcom", "Texas Instruments", "IBM",
        "Hewlett-Packard", "HP", "HPE", "Hewlett Packard Enterprise", "Dell", "Dell Technologies", "Lenovo", "Acer",
        "Asus", "Cisco", "Cisco Systems", "SAP", "Salesforce", "Adobe", "VMware", "Red Hat", "GitHub", "GitLab",
        "Mozilla", "OpenAI", "Anthropic", "DeepMind", "Google DeepMind", "xAI", "Mistral AI", "Huawei", "ZTE",
        "Xiaomi", "Oppo", "OnePlus", "Samsung", "Samsung Electronics", "LG Electronics", "Sony", "Panasonic",
        "Toshiba", "Hitachi", "Fujitsu", "NEC", "Nintendo", "Sega", "Atari", "Activision", "Activision Blizzard",
        "Blizzard Entertainment", "Electronic Arts", "Ubisoft", "Epic Games", "Tencent", "Alibaba", "Alibaba Group",
        "Baidu", "ByteDance", "TikTok", "JD.com", "Pinduoduo", "Meituan", "NetEase", "Weibo", "SoftBank", "Rakuten",
        "Infosys", "Wipro", "Tata Consultancy Services", "TCS", "HCL Technologies", "Tech Mahindra", "Cognizant",
        "Accenture", "Capgemini", "Atos", "Siemens", "Bosch", "Philips", "Ericsson", "Nokia", "Motorola", "Micron",
        "SK Hynix", "TSMC", "Taiwan Semiconductor Manufacturing Company", "Foxconn", "MediaTek", "ARM Holdings",
        "ASML", "Applied Materials", "Palantir", "Uber", "Lyft", "Airbnb", "DoorDash", "Spotify", "Pinterest",
        "Reddit", "Dropbox", "PayPal", "Shopify", "eBay", "AOL", "Sun Microsystems", "Kodak", "Nikon", "Logitech",
        "Symantec", "McAfee", "Kaspersky", "Kaspersky Lab", "CrowdStrike", "Palo Alto Networks", "Fortinet",
        "Check Point", "Cloudflare", "Akamai", "Equinix", "Workday", "ServiceNow", "Intuit", "Autodesk", "Atlassian",
        "Unity Technologies", "Roblox", "Wikimedia Foundation", "Linux Foundation", "Apache Software Foundation",
        "Free Software Foundation", "Novell", "Borland", "Compaq", "Digital Equipment Corporation",
        "Silicon Graphics", "Motorola Solutions", "Bell Labs", "AT&T", "Verizon", "T-Mobile", "Comcast",
        "Charter Communications", "Vodafone", "BT", "BT Group", "Telefonica", "Deutsche Telekom", "Orange S.A.",
        "Airtel", "Bharti Airtel", "Reliance Jio", "Jio", "Telenor", "Zong", "Ufone", "Etisalat", "MTN",
        "China Mobile", "China Telecom", "China Unicom", "NTT", "KDDI", "SK Telecom", "SpaceX", "Tesla",
        "Blue Origin", "Rocket Lab", "Amazon Web Services", "AWS", "Apple Computer", "Netscape",
        "Netscape Communications", "Ricoh", "Commodore Business Machines", "Commodore International",
    ]
    /// Banks, insurers, asset managers, hedge funds, private equity, exchanges, payments, crypto firms and ratings agencies.
    static let finance: [String] = [
        "JPMorgan", "JPMorgan Chase", "JP Morgan", "J.P. Morgan", "Goldman Sachs", "Morgan Stanley", "Citigroup",
        "Citi", "Citibank", "Nomura", "Nomura Holdings", "Bank of America", "Wells Fargo", "HSBC", "Barclays", "Lloyds", "Lloyds Banking Group",
        "NatWest", "Royal Bank of Scotland", "RBS", "Standard Chartered", "BBVA", "BNP Paribas", "Societe Generale",
        "Société Générale", "Credit Agricole", "Crédit Agricole", "Deutsche Bank", "Commerzbank", "UBS",
        "Credit Suisse", "ING", "ABN Amro", "Rabobank", "UniCredit", "Intesa Sanpaolo", "Nordea", "Danske Bank",
        "Mitsubishi UFJ", "MUFG", "Mizuho", "Sumitomo Mitsui", "SMBC", "Daiwa", "ICBC", "Bank of China",
        "China Construction Bank", "Agricultural Bank of China", "HDFC", "HDFC Bank", "ICICI", "ICICI Bank",
        "State Bank of India", "SBI", "Axis Bank", "Kotak Mahindra Bank", "Habib Bank", "HBL", "MCB Bank",
        "United Bank Limited", "Meezan Bank", "DBS", "OCBC", "Maybank", "Commonwealth Bank", "ANZ", "Westpac",
        "Royal Bank of Canada", "RBC", "TD Bank", "Scotiabank", "BMO", "Lehman Brothers", "Bear Stearns",
        "Washington Mutual", "Countrywide Financial", "Northern Rock", "Silicon Valley Bank", "Signature Bank",
        "First Republic Bank", "Third Point", "Starboard Value", "Trian Partners", "ValueAct Capital", "Icahn Enterprises",
        "Jana Partners",
        "Merrill Lynch", "Charles Schwab", "Fidelity Investments", "BlackRock", "Invesco", "PIMCO",
        "Franklin Templeton", "T. Rowe Price", "Amundi", "Schroders", "Abrdn", "Legal & General", "Blackstone", "KKR",
        "Carlyle Group", "Apollo Global Management", "TPG", "Bain Capital", "Warburg Pincus", "Sequoia Capital",
        "Andreessen Horowitz", "Tiger Global", "Berkshire Hathaway", "Bridgewater Associates",
        "Renaissance Technologies", "Two Sigma", "Elliott Management", "Millennium Management", "Point72",
        "D.E. Shaw", "Man Group", "Pershing Square", "Jefferies", "Lazard", "Evercore", "Moelis",
        "New York Stock Exchange", "NYSE", "London Stock Exchange", "LSE", "London Stock Exchange Group", "LSEG",
        "Deutsche Boerse", "Deutsche Börse", "Euronext", "Japan Exchange Group", "Tokyo Stock Exchange",
        "Hong Kong Exchanges", "HKEX", "Shanghai Stock Exchange", "Shenzhen Stock Exchange", "Bombay Stock Exchange",
        "National Stock Exchange", "NSE", "Pakistan Stock Exchange", "Dhaka Stock Exchange", "CME Group", "CME",
        "Intercontinental Exchange", "ICE", "Cboe", "Mastercard", "American Express", "Amex", "Western Union",
        "MoneyGram", "Ant Group", "Paytm", "Klarna", "Revolut", "Monzo", "Coinbase", "Binance", "FTX", "Bitfinex",
        "OKX", "Bybit", "Crypto.com", "Ethereum Foundation", "Robinhood", "Moody's", "Moody's Investors Service",
        "Standard & Poor's", "S&P Global", "S&P Global Ratings", "Fitch", "Fitch Ratings", "Morningstar", "MSCI",
        "FTSE Russell", "Bloomberg", "Refinitiv", "Allianz", "AXA", "Generali", "Zurich Insurance", "Swiss Re",
        "Munich Re", "Aviva", "MetLife", "AIG", "American International Group", "Chubb", "Allstate", "Aflac",
        "Manulife", "Sun Life", "AIA", "Ping An", "China Life", "Tokio Marine", "Aon", "Marsh McLennan",
        "Willis Towers Watson", "Fannie Mae", "Freddie Mac", "Sallie Mae",
    ]
    /// Consultancies, auditors, pollsters and advertising groups.
    static let consulting: [String] = [
        "McKinsey", "McKinsey & Company", "Boston Consulting Group", "BCG", "Bain & Company", "Deloitte", "PwC",
        "PricewaterhouseCoopers", "KPMG", "EY", "Ernst & Young", "Arthur Andersen", "Oliver Wyman", "Gartner",
        "Forrester", "IDC", "Ipsos", "YouGov", "Gallup", "Pew Research Center", "Kantar", "WPP", "Publicis",
        "Omnicom",
    ]
    /// Energy, mining, utilities and conglomerates.
    static let energy: [String] = [
        "ExxonMobil", "Exxon", "Exxon Mobil", "ConocoPhillips", "BP", "British Petroleum", "Royal Dutch Shell",
        "TotalEnergies", "Eni", "Equinor", "Statoil", "Repsol", "Petrobras", "Pemex", "PDVSA", "Saudi Aramco",
        "Aramco", "ADNOC", "Kuwait Petroleum Corporation", "QatarEnergy", "Qatar Petroleum", "Gazprom", "Rosneft",
        "Lukoil", "Novatek", "Transneft", "Sinopec", "PetroChina", "CNPC", "CNOOC", "ONGC", "Indian Oil",
        "Indian Oil Corporation", "Reliance Industries", "Adani", "Adani Group", "Tata", "Tata Group", "Tata Steel",
        "Tata Motors", "Mahindra", "Mahindra & Mahindra", "Larsen & Toubro", "Bajaj", "Bajaj Auto", "Hero MotoCorp",
        "Maruti Suzuki", "Essar", "Aditya Birla Group", "JSW", "Coal India", "NTPC", "GAIL",
        "Oil and Gas Development Company", "OGDCL", "Pakistan State Oil", "PSO", "Sui Northern Gas", "WAPDA",
        "K-Electric", "Engro", "Lucky Cement", "Hubco", "Petronas", "Pertamina", "Glencore", "Trafigura", "Vitol",
        "Gunvor", "BHP", "Rio Tinto", "Anglo American", "ArcelorMittal", "Nippon Steel", "POSCO", "Baosteel", "Alcoa",
        "Freeport-McMoRan", "Newmont", "Barrick Gold", "Centerra Gold", "Cameco", "Rosatom", "EDF", "Électricité de France", "Engie",
        "E.ON", "RWE", "Iberdrola", "Enel", "Orsted", "Ørsted", "Vattenfall", "National Grid", "Duke Energy",
        "NextEra Energy", "Schlumberger", "SLB", "Halliburton", "Baker Hughes", "Westinghouse", "Areva", "Orano",
        "General Electric", "GE", "Siemens Energy", "Vestas",
    ]
    /// Autos, aerospace and defence, industry, shipping, pharma, consumer goods, retail, food, media, news agencies, newspapers and broadcasters.
    static let industry: [String] = [
        "Toyota", "Honda", "Nissan", "Mitsubishi", "Mazda", "Subaru", "Hyundai", "Kia", "Volkswagen", "VW", "BMW",
        "Mercedes-Benz", "Daimler", "Audi", "Stellantis", "Fiat", "Chrysler", "Renault", "Peugeot", "Citroen",
        "Volvo", "Geely", "BYD", "SAIC", "Great Wall Motors", "NIO", "Rivian", "General Motors", "GM", "Ford Motor",
        "Ford Motor Company", "Jaguar Land Rover", "Rolls-Royce", "Boeing", "Airbus", "Lockheed Martin", "Raytheon",
        "Northrop Grumman", "General Dynamics", "BAE Systems", "Dassault", "Dassault Aviation", "Safran", "Embraer",
        "Bombardier", "Saab", "Rheinmetall", "Hindustan Aeronautics", "Bharat Electronics", "3M", "Honeywell", "ABB",
        "Schneider Electric", "Mitsubishi Heavy Industries", "Komatsu", "Yamaha", "Bridgestone", "Michelin",
        "Goodyear", "Continental AG", "Maersk", "CMA CGM", "COSCO", "Hapag-Lloyd", "DP World", "FedEx", "DHL",
        "Deutsche Post", "Union Pacific", "Amtrak", "Pfizer", "Moderna", "BioNTech", "AstraZeneca",
        "Johnson & Johnson", "Novartis", "Roche", "Merck", "Sanofi", "GSK", "GlaxoSmithKline", "Bayer", "AbbVie",
        "Eli Lilly", "Bristol-Myers Squibb", "Bristol Myers Squibb", "Novo Nordisk", "Gilead", "Gilead Sciences",
        "Amgen", "Regeneron", "Biogen", "Takeda", "Teva", "Sun Pharma", "Cipla", "Serum Institute of India",
        "Bharat Biotech", "Sinovac", "Sinopharm", "Medtronic", "Abbott Laboratories", "Thermo Fisher", "UnitedHealth",
        "CVS Health", "Walgreens", "Unilever", "Nestle", "Nestlé", "Procter & Gamble", "P&G", "Colgate-Palmolive",
        "Kraft Heinz", "PepsiCo", "Danone", "Mondelez", "Kellogg's", "Mars Inc.", "Heineken", "AB InBev",
        "Anheuser-Busch", "Diageo", "Pernod Ricard", "Carlsberg", "Philip Morris", "British American Tobacco",
        "Imperial Brands", "Japan Tobacco", "L'Oreal", "L'Oréal", "LVMH", "Kering", "Hermès", "Chanel", "Gucci",
        "Prada", "Burberry", "Adidas", "Inditex", "H&M", "Uniqlo", "Fast Retailing", "Walmart", "Wal-Mart", "Costco",
        "Kroger", "Home Depot", "Lowe's", "Best Buy", "Tesco", "Sainsbury's", "Asda", "Carrefour", "Aldi", "Lidl",
        "Ikea", "Marks & Spencer", "Amazon.com", "Alibaba.com", "Flipkart", "Daraz", "Jumia", "McDonald's",
        "Starbucks", "KFC", "Burger King", "Domino's", "Pizza Hut", "Yum Brands", "Disney", "Walt Disney Company",
        "Pixar", "Lucasfilm", "Marvel Studios", "Marvel Entertainment", "DreamWorks", "DreamWorks Animation", "Lionsgate",
        "Metro-Goldwyn-Mayer", "20th Century Fox", "20th Century Studios",
        "Time Warner", "WarnerMedia", "Taco Bell", "Wendy's", "Reckitt", "Reckitt Benckiser",
        "Chicago Tribune", "Chicago Sun-Times", "Los Angeles Times", "USA Today", "Boston Globe", "Bell System",
        "Warner Bros.", "Warner Bros. Discovery", "Paramount Global", "Universal Pictures", "Sony Pictures",
        "NBCUniversal", "Fox News", "Fox Corporation", "21st Century Fox", "News Corp", "Viacom", "CBS", "NBC", "CNN",
        "MSNBC", "HBO", "ESPN", "BBC", "ITV", "Channel 4", "Sky News", "Al Jazeera", "Al Arabiya", "France 24",
        "Deutsche Welle", "DW", "Russia Today", "CGTN", "NHK", "Xinhua", "TASS", "Interfax", "RIA Novosti", "Reuters",
        "Thomson Reuters", "Associated Press", "AP", "Agence France-Presse", "AFP", "Press Trust of India", "PTI",
        "Asian News International", "ANI", "IANS", "Kyodo", "Yonhap", "Anadolu", "Anadolu Agency", "dpa", "EFE",
        "ANSA", "Associated Press of Pakistan", "Bernama", "Voice of America", "VOA", "Radio Free Europe", "RFE/RL",
        "Radio Free Europe/Radio Liberty", "Radio Liberty", "NPR", "PBS", "New York Times", "Washington Post",
        "Wall Street Journal", "WSJ", "Financial Times", "FT", "Guardian", "Daily Telegraph", "Telegraph",
        "Sunday Times", "Daily Mail", "Daily Mirror", "Bloomberg News", "Bloomberg L.P.", "Forbes", "Time magazine",
        "Newsweek", "Politico", "Axios", "BuzzFeed", "HuffPost", "Vox", "Le Monde", "Le Figaro", "Der Spiegel",
        "Spiegel", "Die Zeit", "Frankfurter Allgemeine Zeitung", "FAZ", "El País", "Corriere della Sera",
        "Asahi Shimbun", "Yomiuri Shimbun", "South China Morning Post", "SCMP", "Global Times", "People's Daily",
        "China Daily", "Times of India", "Hindustan Times", "Indian Express", "NDTV", "India Today",
        "Express Tribune", "Geo News", "Geo TV", "ARY News", "Daily Star", "Prothom Alo", "Kathmandu Post",
        "Tolo News", "TOLOnews", "Pajhwok", "Ariana News", "Khaama Press", "Amu TV", "Tehran Times", "Press TV",
        "IRNA", "Tasnim", "ISNA", "Kayhan", "Springer Nature", "Elsevier", "Penguin Random House", "HarperCollins",
        "Oxford University Press", "Cambridge University Press",
    ]
    /// Airlines.
    static let airlines: [String] = [
        "American Airlines", "United Airlines", "Delta Air Lines", "Southwest Airlines", "JetBlue", "Alaska Airlines",
        "Air Canada", "British Airways", "Virgin Atlantic", "Virgin Group", "EasyJet", "Ryanair", "Lufthansa",
        "Air France", "Air France-KLM", "KLM", "Alitalia", "ITA Airways", "SAS", "Finnair", "Aeroflot",
        "Turkish Airlines", "Etihad", "Etihad Airways", "Qatar Airways", "Saudia", "Flydubai", "Air Arabia",
        "Gulf Air", "Oman Air", "Air India", "IndiGo", "SpiceJet", "Vistara", "Pakistan International Airlines",
        "PIA", "Airblue", "SereneAir", "Biman", "Biman Bangladesh Airlines", "SriLankan Airlines", "Nepal Airlines",
        "Ariana Afghan Airlines", "Kam Air", "Iran Air", "Mahan Air", "Uzbekistan Airways", "Air Astana",
        "Singapore Airlines", "Cathay Pacific", "Japan Airlines", "JAL", "All Nippon Airways", "Korean Air",
        "Air China", "China Eastern", "China Southern", "Qantas", "Thai Airways", "Malaysia Airlines",
        "Garuda Indonesia", "Philippine Airlines", "Ethiopian Airlines", "Kenya Airways", "EgyptAir", "LATAM",
        "Avianca",
    ]
    /// Central banks, finance ministries, regulators, statistics offices, government agencies, police and intelligence services.
    static let central: [String] = [
        "Fed", "Federal Reserve", "Federal Reserve Board", "Treasury", "US Treasury", "HM Treasury",
        "Bank of England", "BoE", "European Central Bank", "ECB", "Bank of Japan", "BoJ", "People's Bank of China",
        "PBOC", "Reserve Bank of India", "RBI", "State Bank of Pakistan", "SBP", "Bangladesh Bank",
        "Central Bank of Sri Lanka", "Nepal Rastra Bank", "Da Afghanistan Bank", "Central Bank of Iran",
        "Bank Markazi", "Central Bank of Russia", "Bank of Russia", "Bundesbank", "Banque de France", "Bank of Italy",
        "Banca d'Italia", "Bank of Spain", "De Nederlandsche Bank", "Swiss National Bank", "SNB", "Riksbank",
        "Norges Bank", "Bank of Canada", "Reserve Bank of Australia", "RBA", "Reserve Bank of New Zealand", "RBNZ",
        "Bank of Korea", "Monetary Authority of Singapore", "MAS", "Hong Kong Monetary Authority", "HKMA",
        "Saudi Central Bank", "SAMA", "Central Bank of Turkey", "Central Bank of Egypt", "South African Reserve Bank",
        "Central Bank of Brazil", "Banco Central do Brasil", "Bank of Mexico", "Banxico",
        "National Bank of Kazakhstan", "Central Bank of Uzbekistan", "National Bank of Tajikistan",
        "Bank for International Settlements", "BIS", "Securities and Exchange Commission", "SEC",
        "Commodity Futures Trading Commission", "CFTC", "FDIC", "Financial Conduct Authority", "FCA",
        "Prudential Regulation Authority", "SEBI", "Securities and Exchange Board of India", "SECP",
        "Federal Board of Revenue", "FBR", "Internal Revenue Service", "IRS", "HMRC",
        "Office for National Statistics", "ONS", "Bureau of Labor Statistics", "Congressional Budget Office", "CBO",
        "Office for Budget Responsibility", "OBR", "Foreign Office", "Home Office", "State Department",
        "Justice Department", "Department of Justice", "Commerce Department", "FBI", "CIA", "NSA", "DHS",
        "Homeland Security", "NASA", "ISRO", "ESA", "European Space Agency", "Roscosmos", "JAXA", "CNSA", "FAA",
        "FDA", "CDC", "EPA", "NHS", "Met Office", "Metropolitan Police", "Scotland Yard", "MI5", "MI6", "GCHQ",
        "Mossad", "Shin Bet", "ISI", "Inter-Services Intelligence", "Research and Analysis Wing", "NDS",
        "National Directorate of Security", "IRGC", "Revolutionary Guards", "Islamic Revolutionary Guard Corps",
        "Quds Force", "Basij", "FSB", "KGB", "GRU", "SVR", "Interpol", "Europol", "ISPR",
        "Inter-Services Public Relations", "NAB", "National Accountability Bureau", "FIA",
        "Federal Investigation Agency", "NADRA", "PEMRA", "PTA", "NEPRA", "OGRA", "NDMA", "CBI",
        "Central Bureau of Investigation", "Enforcement Directorate", "NIA", "National Investigation Agency", "ECP",
        "Election Commission of Pakistan", "Election Commission of India", "DRDO", "BSF", "CRPF", "Rangers",
        "Frontier Corps", "Rapid Action Battalion", "RAB", "Border Guard Bangladesh", "BGB",
    ]
    /// International and regional organisations, NGOs, human-rights groups, foundations and think tanks.
    static let international: [String] = [
        "United Nations", "UN", "UN Security Council", "UN General Assembly", "UNSC", "UNGA", "UNICEF", "UNHCR",
        "UNESCO", "UNDP", "UNEP", "UNFPA", "UNOPS", "UNRWA", "UNCTAD", "UNIDO", "UNAIDS", "UN Women", "UN-Habitat",
        "UNAMA", "UNODC", "OCHA", "OHCHR", "WFP", "World Food Programme", "WHO", "World Health Organization",
        "World Health Organisation", "FAO", "Food and Agriculture Organization", "ILO",
        "International Labour Organization", "International Labour Organisation", "IAEA",
        "International Atomic Energy Agency", "ICAO", "ITU", "UPU", "WIPO", "WMO",
        "World Meteorological Organization", "IFAD", "UNWTO", "IOM", "International Organization for Migration",
        "IMF", "International Monetary Fund", "World Bank", "World Bank Group", "IFC",
        "International Finance Corporation", "IBRD", "MIGA", "ADB", "Asian Development Bank", "AIIB",
        "Asian Infrastructure Investment Bank", "New Development Bank", "NDB", "African Development Bank", "AfDB",
        "Inter-American Development Bank", "EBRD", "European Bank for Reconstruction and Development",
        "European Investment Bank", "EIB", "Islamic Development Bank", "IsDB", "WTO", "World Trade Organization",
        "World Trade Organisation", "GATT", "OECD", "Organisation for Economic Co-operation and Development",
        "Organization for Economic Cooperation and Development", "OPEC", "OPEC+",
        "Organization of the Petroleum Exporting Countries", "IEA", "International Energy Agency", "IRENA", "NATO",
        "North Atlantic Treaty Organization", "SCO", "Shanghai Cooperation Organisation",
        "Shanghai Cooperation Organization", "SAARC", "South Asian Association for Regional Cooperation", "ASEAN",
        "Association of Southeast Asian Nations", "BIMSTEC", "Economic Cooperation Organization", "CAREC", "CSTO",
        "Collective Security Treaty Organization", "Eurasian Economic Union", "EAEU", "CIS",
        "Commonwealth of Independent States", "Commonwealth of Nations", "G7", "G8", "G20", "G-7", "G-20", "Group of 77", "G77", "BRICS",
        "AUKUS", "APEC", "Asia-Pacific Economic Cooperation", "OSCE",
        "Organization for Security and Co-operation in Europe", "Council of Europe", "European Union", "EU",
        "European Commission", "European Parliament", "European Council", "Council of the European Union",
        "Eurogroup", "Eurostat", "European Court of Justice", "ECJ", "Court of Justice of the European Union",
        "European Court of Human Rights", "ECHR", "Frontex", "European Medicines Agency", "EMA",
        "European Stability Mechanism", "ESM", "African Union", "AU", "Arab League", "League of Arab States",
        "Gulf Cooperation Council", "OIC", "Organisation of Islamic Cooperation",
        "Organization of Islamic Cooperation", "Organization of American States", "OAS", "Mercosur", "ECOWAS", "SADC",
        "Pacific Islands Forum", "International Criminal Court", "ICC", "International Court of Justice", "ICJ",
        "Permanent Court of Arbitration", "FATF", "Financial Action Task Force", "Paris Club",
        "International Committee of the Red Cross", "ICRC", "Red Cross", "Red Crescent",
        "International Federation of Red Cross and Red Crescent Societies", "IFRC", "Doctors Without Borders",
        "Médecins Sans Frontières", "MSF", "Amnesty International", "Human Rights Watch", "HRW",
        "Transparency International", "Greenpeace", "WWF", "World Wide Fund for Nature", "Oxfam", "Save the Children",
        "CARE International", "International Rescue Committee", "Mercy Corps", "Islamic Relief",
        "Norwegian Refugee Council", "NRC", "Danish Refugee Council", "Action Against Hunger", "World Vision",
        "Caritas", "BRAC", "Grameen Bank", "Edhi Foundation", "Aga Khan Foundation", "Aga Khan Development Network",
        "AKDN", "Gates Foundation", "Bill & Melinda Gates Foundation", "Rockefeller Foundation", "Ford Foundation",
        "Open Society Foundations", "Wellcome Trust", "Gavi", "Global Fund", "CPJ",
        "Committee to Protect Journalists", "Reporters Without Borders", "RSF", "Freedom House",
        "International Crisis Group", "Crisis Group", "HRCP", "Human Rights Commission of Pakistan",
        "Ain o Salish Kendra", "Odhikar", "Front Line Defenders", "Electronic Frontier Foundation", "EFF", "ACLU",
        "American Civil Liberties Union", "Acled", "Armed Conflict Location & Event Data Project", "SIPRI",
        "Stockholm International Peace Research Institute", "Brookings", "Brookings Institution", "RAND",
        "RAND Corporation", "Chatham House", "IISS", "International Institute for Strategic Studies",
        "Carnegie Endowment", "Carnegie Endowment for International Peace", "Council on Foreign Relations", "CFR",
        "CSIS", "Center for Strategic and International Studies", "Atlantic Council", "Heritage Foundation",
        "Cato Institute", "American Enterprise Institute", "AEI", "Peterson Institute",
        "Peterson Institute for International Economics", "Wilson Center", "Stimson Center", "Hudson Institute",
        "Institute for the Study of War", "ISW", "Royal United Services Institute", "RUSI", "Bruegel",
        "Observer Research Foundation", "ORF", "Lowy Institute", "Jamestown Foundation", "Middle East Institute",
        "Afghanistan Analysts Network", "PIPS", "Pak Institute for Peace Studies", "PICSS", "CRSS",
        "Center for Research and Security Studies", "World Economic Forum", "WEF", "Club of Rome", "Bilderberg",
        "Institute of International Finance", "IIF", "Basel Committee", "Financial Stability Board",
    ]
    /// Universities and academies.
    static let universities: [String] = [
        "Harvard", "Harvard University", "Yale", "Yale University", "Princeton University", "Stanford",
        "Stanford University", "MIT", "Massachusetts Institute of Technology", "Caltech",
        "California Institute of Technology", "Columbia University", "University of Chicago", "UChicago",
        "University of Pennsylvania", "UPenn", "Cornell University", "Brown University", "Duke University",
        "Johns Hopkins", "Johns Hopkins University", "Georgetown University", "Northwestern University", "NYU",
        "New York University", "UCLA", "UC Berkeley", "University of California", "Carnegie Mellon",
        "Carnegie Mellon University", "Oxford University", "University of Oxford", "Cambridge University",
        "University of Cambridge", "Imperial College", "Imperial College London", "London School of Economics",
        "King's College London", "UCL", "University College London", "SOAS", "University of Edinburgh", "ETH Zurich",
        "Sorbonne", "Sciences Po", "INSEAD", "Tsinghua", "Tsinghua University", "Peking University",
        "Fudan University", "University of Tokyo", "National University of Singapore", "NUS", "University of Toronto",
        "McGill University", "University of Melbourne", "Australian National University", "IIT", "IITs",
        "Indian Institute of Technology", "IIM", "Indian Institute of Management", "Indian Institute of Science",
        "IISc", "Jawaharlal Nehru University", "JNU", "Delhi University", "University of Delhi",
        "Aligarh Muslim University", "Jamia Millia Islamia", "LUMS", "Lahore University of Management Sciences",
        "Quaid-i-Azam University", "University of the Punjab", "Punjab University", "Aga Khan University", "NUST",
        "COMSATS", "University of Karachi", "University of Peshawar", "Dhaka University", "University of Dhaka",
        "BUET", "Kabul University", "Tehran University", "University of Tehran", "Al-Azhar", "Al-Azhar University",
        "Darul Uloom Deoband", "Darul Uloom Haqqania", "American University of Afghanistan", "Nazarbayev University",
        "Max Planck Society", "Max Planck Institute", "CERN", "Royal Society", "National Academy of Sciences",
        "Smithsonian", "Smithsonian Institution", "Nobel Foundation", "Nobel Committee",
    ]
    /// Sports bodies and clubs.
    static let sports: [String] = [
        "FIFA", "UEFA", "IOC", "International Olympic Committee", "International Cricket Council", "BCCI",
        "Board of Control for Cricket in India", "Pakistan Cricket Board", "Bangladesh Cricket Board", "BCB",
        "Sri Lanka Cricket", "Afghanistan Cricket Board", "Cricket Australia", "England and Wales Cricket Board",
        "IPL", "Indian Premier League", "PSL", "Pakistan Super League", "NBA", "NFL", "MLB", "NHL", "NCAA",
        "Premier League", "La Liga", "Bundesliga", "Serie A", "Formula One", "World Athletics", "IAAF", "ITF", "WTA",
        "World Anti-Doping Agency", "WADA", "Manchester United", "Manchester City", "Liverpool FC", "Chelsea FC",
        "Arsenal", "Arsenal FC", "Tottenham Hotspur", "Real Madrid", "Barcelona FC", "FC Barcelona", "Bayern Munich",
        "Juventus", "AC Milan", "Inter Milan", "Paris Saint-Germain", "PSG", "New York Yankees", "Los Angeles Lakers",
        "Dallas Cowboys",
    ]
    /// Political parties and movements (UK, US, South and Central Asia, Iran, Afghanistan and other well-known ones).
    static let parties: [String] = [
        "Labour Party", "Conservative Party", "Tories", "Conservative and Unionist Party", "Lib Dems",
        "Scottish National Party", "SNP", "Plaid Cymru", "Reform UK", "UKIP", "UK Independence Party", "Brexit Party",
        "Green Party", "Democratic Unionist Party", "DUP", "Sinn Fein", "Sinn Féin", "SDLP", "Alliance Party",
        "Democratic Party", "Republican Party", "GOP", "Democratic National Committee", "DNC",
        "Republican National Committee", "RNC", "Bharatiya Janata Party", "BJP", "Indian National Congress",
        "Congress party", "Aam Aadmi Party", "AAP", "Trinamool Congress", "TMC", "All India Trinamool Congress",
        "Samajwadi Party", "Bahujan Samaj Party", "Rashtriya Janata Dal", "RJD", "Janata Dal", "Shiv Sena",
        "Nationalist Congress Party", "NCP", "DMK", "Dravida Munnetra Kazhagam", "AIADMK", "Communist Party of India",
        "CPI-M", "Telugu Desam Party", "YSR Congress", "Biju Janata Dal", "BJD", "Akali Dal", "Shiromani Akali Dal",
        "National Conference", "Jammu and Kashmir National Conference", "Peoples Democratic Party",
        "All Parties Hurriyat Conference", "Hurriyat", "Hurriyat Conference", "Rashtriya Swayamsevak Sangh",
        "Vishwa Hindu Parishad", "VHP", "Bajrang Dal", "AIMIM", "National Democratic Alliance",
        "United Progressive Alliance", "UPA", "INDIA bloc", "Pakistan Tehreek-e-Insaf", "Pakistan Tehreek-e-Insaaf",
        "Pakistan Tehreek-i-Insaf", "Pakistan Muslim League-Nawaz", "PML-N", "PMLN", "Pakistan Muslim League", "PML",
        "PML-Q", "Pakistan Peoples Party", "Pakistan People's Party", "Muttahida Qaumi Movement", "MQM", "MQM-P",
        "Jamaat-e-Islami", "Jamaat-i-Islami", "Jamiat Ulema-e-Islam", "Jamiat Ulema-e-Islam-Fazl", "JUI-F", "JUI",
        "Awami National Party", "ANP", "Balochistan Awami Party", "BAP", "Balochistan National Party", "BNP-M",
        "Tehreek-e-Labbaik Pakistan", "Tehreek-i-Labbaik Pakistan", "TLP", "Pashtun Tahafuz Movement", "PTM",
        "Pakhtunkhwa Milli Awami Party", "PkMAP", "Istehkam-e-Pakistan Party", "Pakistan Democratic Movement", "PDM",
        "Awami League", "Bangladesh Awami League", "Bangladesh Nationalist Party", "BNP", "Jatiya Party",
        "Jamaat-e-Islami Bangladesh", "National Citizen Party", "Chhatra League", "Bangladesh Chhatra League",
        "Sri Lanka Podujana Peramuna", "SLPP", "Sri Lanka Freedom Party", "SLFP", "United National Party", "UNP",
        "Samagi Jana Balawegaya", "SJB", "Janatha Vimukthi Peramuna", "JVP", "National People's Power",
        "Tamil National Alliance", "TNA", "Illankai Tamil Arasu Kachchi", "Nepali Congress",
        "Communist Party of Nepal", "CPN-UML", "CPN-Maoist Centre", "Rastriya Swatantra Party",
        "Rastriya Prajatantra Party", "RPP", "Janata Samajwadi Party", "Islamic Republican Party",
        "Combatant Clergy Association", "Kargozaran", "Islamic Iran Participation Front",
        "Front of Islamic Revolution Stability", "Mujahedin-e Khalq", "Mujahideen-e-Khalq", "MEK", "MKO",
        "People's Mojahedin Organization of Iran", "National Council of Resistance of Iran", "NCRI", "Komala", "PJAK",
        "Jaish al-Adl", "Jundallah", "Hezb-e-Islami", "Hezb-i-Islami", "Hizb-e-Islami", "Jamiat-e Islami",
        "Jamiat-e-Islami", "Junbish-e-Milli", "Hezb-e-Wahdat", "National Resistance Front", "NRF",
        "Afghanistan Freedom Front", "Northern Alliance", "United Front", "Nur Otan", "Amanat", "Ak Zhol",
        "Liberal Democratic Party of Uzbekistan", "People's Democratic Party of Tajikistan",
        "Islamic Renaissance Party of Tajikistan", "IRPT", "Democratic Party of Turkmenistan",
        "Communist Party of the Soviet Union", "CPSU", "Chinese Communist Party", "Communist Party of China", "CCP",
        "CPC", "Kuomintang", "KMT", "Democratic Progressive Party", "United Russia", "Liberal Democratic Party",
        "LDP", "Christian Democratic Union", "CDU", "CSU", "Social Democratic Party", "SPD",
        "Alternative for Germany", "AfD", "National Rally", "Rassemblement National", "Likud", "Fatah",
        "Muslim Brotherhood", "Ennahda", "AKP", "Justice and Development Party", "CHP", "PKK",
        "Kurdistan Workers' Party", "YPG", "SDF", "Syrian Democratic Forces", "African National Congress", "ANC",
    ]
    /// Militant and insurgent groups.
    static let militant: [String] = [
        "Taliban", "Afghan Taliban", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan",
        "Tehrik-i-Taliban Pakistan", "TTP", "Haqqani network", "al-Qaeda", "al-Qaida", "Al Qaeda", "AQIS",
        "al-Qaeda in the Indian Subcontinent", "Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State Khorasan",
        "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Lashkar-e-Taiba", "Lashkar-e-Toiba",
        "Jaish-e-Mohammed", "Jaish-e-Mohammad", "JeM", "Hizbul Mujahideen", "Harkat-ul-Mujahideen",
        "Harkat-ul-Jihad al-Islami", "HuJI", "Lashkar-e-Jhangvi", "LeJ", "Sipah-e-Sahaba", "Sipah-e-Sahaba Pakistan",
        "Ahle Sunnat Wal Jamaat", "ASWJ", "Jamaat-ul-Ahrar", "Jamaat-ul-Mujahideen Bangladesh", "JMB",
        "Ansarullah Bangla Team", "Ansar al-Islam", "Hizb ut-Tahrir", "Hizb-ut-Tahrir",
        "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "TNSM", "Hafiz Gul Bahadur group", "Lashkar-e-Islam",
        "Balochistan Liberation Army", "BLA", "Balochistan Liberation Front", "BLF", "Baloch Republican Army", "BRA",
        "Baloch Liberation Army", "Baloch Raji Aajoi Sangar", "BRAS", "Baloch Yakjehti Committee", "BYC",
        "Baloch Students Organization", "BSO", "United Baloch Army", "UBA", "Sindhudesh Revolutionary Army",
        "The Resistance Front", "TRF", "People's Anti-Fascist Front", "PAFF", "Kashmir Tigers",
        "Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers", "United Liberation Front of Asom", "ULFA",
        "National Socialist Council of Nagaland", "NSCN", "Communist Party of India (Maoist)",
        "Khalistan Zindabad Force", "Babbar Khalsa", "Babbar Khalsa International", "Khalistan Tigers Force",
        "Sikhs for Justice", "Islamic Movement of Uzbekistan", "Islamic Jihad Union", "IJU",
        "East Turkestan Islamic Movement", "ETIM", "Turkistan Islamic Party", "Jamaat Ansarullah",
        "Katibat Imam al-Bukhari", "Hamas", "Hezbollah", "Hizbollah", "Islamic Jihad", "Palestinian Islamic Jihad",
        "Houthis", "Ansar Allah", "Kataib Hezbollah", "Hashd al-Shaabi", "Popular Mobilization Forces",
        "Hayat Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "Nusra Front", "al-Shabaab", "Boko Haram", "Wagner Group",
    ]
    /// Legislatures, armed forces, trade unions and other well-known bodies.
    static let ukus: [String] = [
        "Cabinet Office", "Ministry of Defence", "Ofcom", "Ofgem", "Ofwat", "Ofsted", "Electoral Commission",
        "Trades Union Congress", "TUC", "Confederation of British Industry", "GMB", "AFL-CIO", "Teamsters",
        "United Auto Workers", "UAW", "National Rifle Association", "NRA", "Planned Parenthood",
        "Federal Trade Commission", "FTC", "Federal Communications Commission", "FCC", "Department of Defense",
        "Defense Department", "Department of Energy", "Energy Department", "Department of Homeland Security", "USAID",
        "Peace Corps", "National Security Council", "NSC", "Joint Chiefs of Staff", "National Guard", "Marine Corps",
        "US Army", "US Navy", "US Air Force", "Royal Navy", "Royal Air Force", "RAF", "British Army", "Indian Army",
        "Indian Air Force", "Indian Navy", "Pakistan Army", "Pakistan Air Force", "Pakistan Navy", "Bangladesh Army",
        "Sri Lanka Army", "Nepal Army", "Afghan National Army", "People's Liberation Army", "PLA", "Red Army",
        "Politburo",
    ]
    /// Names that are also ordinary words: a cue only inside a sentence, not after `the`.
    static let ambiguous: [String] = [
        "Oracle", "Yahoo", "Xerox", "Vanguard", "Visa", "Prudential", "Chevron", "Reliance", "Nike", "Apple", "Shell",
        "Labour", "Conservatives", "Liberal Democrats",
        "Amazon", "Staples", "Emirates", "Sears", "Puma", "Suzuki", "Ferrari", "Kellogg", "Porsche",
    ]
}

extension KnownOrganisations {
    /// Flags of an entry: a one-word acronym counts only in capitals (`WHO`, not `Who`).
    static let capitalsOnly: UInt8 = 1
    /// A name that is also an ordinary word (`Apple`, `Oracle`): only inside a sentence and not after `the`.
    static let insideSentenceOnly: UInt8 = 2
    /// Securities named after their issuer (`Treasury bills`).
    static let securityNouns = Lexicon.set(Lexicon.split("bond bonds bill bills note notes securities stock stocks share shares futures"))

    static var all: [[String]] {
        [technology, finance, consulting, energy, industry, airlines, central, international, universities, sports, parties,
         militant, ukus, business, ambiguous]
    }

    /// One word of two characters or more, all capitals or digits (`IBM`, `3M`). An ASCII name is read as
    /// bytes (its characters are its bytes); the space is looked for in the bytes too, as `contains(" ")` on
    /// a `String` is Foundation's search.
    static func isCapitalsOnly(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.count >= 2 && name.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        return !name.utf8.contains(UInt8(ascii: " ")) && name.count >= 2 && name.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// Every name by the key of its text (`Lexicon.key`, as the name finder keys a chunk), with its flags.
    static let table: KeyMap<UInt8> = {
        var map: [UInt64: UInt8] = [:]
        for list in all {
            for name in list {
                let flags = isCapitalsOnly(name) ? capitalsOnly : 0
                map[Lexicon.key(name), default: 0] |= flags
            }
        }
        for name in ambiguous { map[Lexicon.key(name), default: 0] |= insideSentenceOnly }
        return KeyMap(map)
    }()
}

extension NameFinder {
    /// The group cue of a well-known organisation's name (`KnownOrganisations`): one probe by the chunk's whole
    /// key, so a listed name inside a longer one (`Google Maps`) is not cued. Not for a one-word name opening a
    /// sentence that the text also writes in lower case (`Shell shock …`).
    func knownOrganisationCue(_ chunk: Chunk) -> Int {
        guard let flags = KnownOrganisations.table[chunk.key] else { return 0 }
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        let opening = chunk.from == a.firstWordIndex(chunk.s)
        if flags & KnownOrganisations.capitalsOnly != 0, !first.allCaps { return 0 }
        if flags & KnownOrganisations.insideSentenceOnly != 0 {
            if opening || chunk.from > 0 && list[chunk.from - 1].key == K.the { return 0 }
            // `Love's Labour's Lost`: a common noun after a possessive.
            if chunk.from >= 2, a.isPossessive(chunk.s, chunk.from - 2) { return 0 }
        }
        if opening, chunk.tokenCount == 1, !first.allCaps, isWrittenInLowerCase(first.key) { return 0 }
        // `Treasury yields rose`: a name modifying a market term names the securities, not the body.
        if chunk.to + 1 < list.count, list[chunk.to + 1].kind == .word, !list[chunk.to + 1].upper,
           NameFinder.termTails.contains(list[chunk.to + 1].key) || KnownOrganisations.securityNouns.contains(list[chunk.to + 1].key) { return 0 }
        // `buy a Chrysler`, `an 8-year-old Honda`, `a flashy Mercedes-Benz`: one of its products, not the body.
        if chunk.from > 0, list[chunk.from - 1].key == K.a || list[chunk.from - 1].key == K.an { return 0 }
        if chunk.from > 1, list[chunk.from - 1].kind == .word, !list[chunk.from - 1].upper, !isFunctionWord(list[chunk.from - 1]),
           list[chunk.from - 2].key == K.a || list[chunk.from - 2].key == K.an { return 0 }
        return 2
    }

    /// `Moody's`, `McDonald's`: a well-known name written with a possessive `'s` of its own.
    func knownPossessiveName(_ s: Int, _ from: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 2 < list.count, a.isPossessive(s, end + 1) else { return false }
        return KnownOrganisations.table[keyOf(a.bytes, list[from].start, list[end + 2].end)] != nil
    }
}
