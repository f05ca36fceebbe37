# The multi-article test corpus: articles written by the chancery developers in their own words
# (fictionalised reporting on 2025 diplomatic processes; outlets are invented). Run to regenerate
# the .json files: python3 tests/corpus/make.py
import json, os
here = os.path.dirname(os.path.abspath(__file__))
A = []
def art(id, outlet, published, title, text, url=None):
    A.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": url or f"https://{outlet.lower().replace(' ', '')}.example/{id}", "text": text})

# Story A: Israel-Syria security talks, July 2025
baku = ("Israeli and Syrian officials met in Baku on Saturday for a second round of talks on a security "
        "arrangement along their shared frontier, two diplomats said. The meeting was hosted by Azerbaijan and "
        "brokered by the United States. Syrian Foreign Minister Asaad al-Shaibani led his delegation, while "
        "Israel sent Strategic Affairs Minister Ron Dermer. The diplomats said the two sides discussed the "
        "buffer zone and the 1974 disengagement agreement but reached no deal.")
art("a01", "Levant Ledger", "2025-07-13", "Israel and Syria hold second round of talks in Baku", baku)
art("a02", "Capital Dispatch", "2025-07-13", "Israel and Syria hold second round of talks in Baku", baku)
art("a03", "Northern Star Daily", "2025-07-14", "Syrian and Israeli envoys meet in Azerbaijan",
    "Syrian and Israeli envoys met on Friday in the Azerbaijani capital, according to officials familiar with the "
    "meeting. Asaad al-Shibani and Ron Dermer spent several hours discussing border security. Washington brokered "
    "the encounter, the officials said, and Azerbaijan hosted it. Neither government has commented publicly.")
art("a04", "Damascus Tribune", "2025-07-15", "Syria denies meeting Israeli officials",
    "Syria's foreign ministry denied on Monday that Syrian officials met Israeli officials in Baku. A ministry "
    "statement called the reports fabricated and said Damascus would not negotiate while Israeli troops remain "
    "on Syrian land. The ministry demanded that Israel withdraw from the buffer zone.")
art("a05", "Gulf Monitor", "2025-07-16", "Saar: the Golan will stay Israeli",
    "Israeli Foreign Minister Gideon Saar said on Tuesday that the Golan Heights will remain part of Israel under "
    "any agreement with Syria. Saar rejected Syrian demands for a return of the territory. Syria has long "
    "demanded the return of the Golan Heights. Saar also said Israel wants to expand the Abraham Accords.")
art("a06", "Levant Ledger", "2025-07-21", "Sharaa says normalization with Israel is not on the table",
    "Syrian President Ahmad al-Sharaa said on Sunday that normalization with Israel is not on the table for now. "
    "Al-Sharaa rejected calls to join the Abraham Accords before Israel withdraws from Syrian territory. He said "
    "Syria remains committed to the 1974 disengagement agreement.")
art("a07", "Wire Global", "2025-07-22", "U.S. envoy Barrack visits Damascus",
    "U.S. envoy Tom Barrack met Syrian President Ahmed al-Sharaa in Damascus on Monday. Barrack urged Syria and "
    "Israel to reach a security agreement within weeks. The U.S. envoy also praised Syria for its cooperation "
    "against the Islamic State group.")
art("a08", "Harbor Times", None, "Talks in Baku continue quietly",
    "Israeli and Syrian officials met in Baku on Saturday, the second such meeting, diplomats said. Azerbaijan "
    "hosted the talks. Observers expect a third round later this summer.")

art("a09", "Beirut Briefing", "2025-07-17", "Israeli strikes hit Damascus as talks stall",
    "Israel launched airstrikes on the Syrian defense ministry in Damascus on Wednesday, the Syrian army said. "
    "Israeli Defense Minister Israel Katz said the strikes were a warning to the Syrian government. Syria condemned "
    "the attack as a violation of its sovereignty.")

# Story B: Armenia-Azerbaijan, August 2025
wh = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration "
      "at the White House on Friday, pledging to end decades of conflict. President Donald Trump hosted the "
      "ceremony. The two leaders agreed to open transport routes through southern Armenia. Aliyev thanked Trump "
      "for his mediation.")
art("b01", "Caucasus Courier", "2025-08-09", "Armenia and Azerbaijan sign peace declaration in Washington", wh)
art("b02", "Wire Global", "2025-08-09", "Armenian, Azerbaijani leaders sign declaration at White House",
    wh.replace("pledging to end decades of conflict", "pledging to end a conflict that has lasted decades").replace("Aliyev thanked Trump for his mediation.", "Aliyev thanked Trump for his mediation, officials said."))
art("b03", "Yerevan Voice", "2025-08-10", "Opposition accuses Pashinyan of surrender",
    "Armenian opposition lawmakers accused Prime Minister Nikol Pashinyan on Saturday of surrendering national "
    "interests in Washington. Protesters gathered outside the parliament in Yerevan. Pashinyan rejected the "
    "criticism and said the declaration brings peace.")
art("b04", "Baku Herald", "2025-08-10", "Aliyev: Armenia must change its constitution",
    "President Ilham Aliyev said on Saturday that Armenia must amend its constitution before a final peace treaty "
    "is signed. Aliyev demanded that Yerevan remove territorial claims against Azerbaijan. He praised the "
    "agreement signed in Washington as historic.")
art("b05", "Moscow Bulletin", "2025-08-11", "Moscow criticizes Washington deal",
    "Russia's foreign ministry criticized the declaration signed in Washington, saying regional problems should be "
    "solved by regional countries. Spokeswoman Maria Zakharova accused the United States of trying to push Russia "
    "out of the South Caucasus.")

art("b06", "Caucasus Courier", "2025-08-12", "Iran warns over transit corridor",
    "Iran warned on Monday that it would oppose any transit corridor along its border with Armenia. An adviser to "
    "Iran's supreme leader said the route agreed in Washington would threaten regional security. Armenian Prime "
    "Minister Nikol Pashinyan said the route would remain under Armenian control.")

# Story C: Iran-US nuclear talks, April 2025
art("c01", "Gulf Monitor", "2025-04-13", "Iran and U.S. hold indirect talks in Muscat",
    "Iranian Foreign Minister Abbas Araghchi and U.S. special envoy Steve Witkoff held indirect talks in Muscat on "
    "Saturday, mediated by Oman. Omani Foreign Minister Badr Albusaidi shuttled between the two delegations. "
    "Both sides agreed to meet again next week.")
art("c02", "Tehran Observer", "2025-04-13", "Araghchi and Witkoff talk in Oman",
    "Abbas Araghchi met Steve Witkoff in Muscat on Saturday in talks mediated by Oman, the foreign ministry said. "
    "Araghchi said Iran will not negotiate over its right to enrich uranium.")
art("c03", "Capital Dispatch", "2025-04-14", "U.S. and Iran meet face to face, official says",
    "Steve Witkoff and Abbas Araghchi met directly in Rome on Saturday, a U.S. official said. The official said the "
    "talks were constructive. Iran denied that any direct meeting took place.")
art("c04", "Wire Global", "2025-04-20", "Second round of Iran talks held in Rome",
    "Iran and the United States held a second round of nuclear talks in Rome on Saturday, again mediated by Oman. "
    "Araghchi said the talks made progress. The United States urged Iran to give up uranium enrichment.")
art("c05", "Northern Star Daily", "2025-04-21", "Israel warns against Iran deal",
    "Israeli Prime Minister Benjamin Netanyahu warned on Sunday that any deal allowing Iran to enrich uranium would "
    "be a mistake. Netanyahu urged Washington to demand the full dismantling of Iran's nuclear program.")

# Story D: DRC-Rwanda, June 2025
dc = ("The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on "
      "Friday. Secretary of State Marco Rubio hosted the signing. Congolese Foreign Minister Therese Kayikwamba Wagner "
      "and Rwandan Foreign Minister Olivier Nduhungirehe signed the text. The agreement commits Rwanda to withdraw its "
      "troops from eastern Congo.")
art("d01", "Lake Region Post", "2025-06-28", "Congo and Rwanda sign peace deal in Washington", dc)
art("d02", "Capital Dispatch", "2025-06-28", "Congo, Rwanda sign Washington agreement", dc)
art("d03", "Kinshasa Echo", "2025-06-29", "M23 rejects Washington agreement",
    "The M23 rebel group rejected the agreement signed in Washington, saying it was not a party to the talks. "
    "Corneille Nangaa said the rebels would not withdraw from Goma. Congo accused Rwanda of continuing to support "
    "the rebels.")
art("d04", "Wire Global", "2025-06-30", "Rwanda denies backing M23",
    "Rwanda denied on Sunday that it supports M23 rebels in eastern Congo. Rwandan President Paul Kagame said the "
    "agreement signed in Washington on Friday was a step toward peace.")

# Story E: India-Pakistan ceasefire, May 2025
art("e01", "Subcontinent Daily", "2025-05-11", "India and Pakistan agree to ceasefire",
    "India and Pakistan agreed to a ceasefire on Saturday after four days of fighting. President Trump said "
    "Washington had mediated the truce. Pakistan's military said Indian drones had struck several of its bases "
    "earlier in the week.")
art("e02", "Harbor Times", "2025-05-11", "Ceasefire holds between India and Pakistan",
    "A ceasefire between India and Pakistan held on Sunday. India denied that the United States had mediated the "
    "truce and said the two militaries agreed to it directly. Pakistan thanked Trump for his role.")
art("e03", "Lahore Ledger", "2025-05-12", "Pakistan accuses India of violations",
    "Pakistan accused India on Monday of violating the ceasefire along the Line of Control. Indian troops fired on "
    "Pakistani posts, the Pakistani army said. India rejected the accusation.")

# Story F: Thailand-Cambodia border clashes, July 2025
art("f01", "Mekong Mail", "2025-07-25", "Thai jets strike Cambodian positions",
    "Thai fighter jets struck Cambodian military positions on Thursday after clashes along the disputed border. "
    "Cambodia accused Thailand of aggression and asked the UN Security Council to meet. Thailand said Cambodian "
    "troops had fired rockets at Thai villages.")
art("f02", "Bangkok Courier", "2025-07-29", "Thailand and Cambodia agree to ceasefire in Malaysia",
    "Thai and Cambodian leaders agreed to an immediate ceasefire at talks in Putrajaya on Monday. Malaysian Prime "
    "Minister Anwar Ibrahim hosted the meeting, which the United States and China attended as observers.")
art("f03", "Mekong Mail", "2025-07-30", "Ceasefire shaky as both sides trade accusations",
    "Cambodia accused Thailand on Tuesday of breaching the ceasefire agreed in Malaysia. Thailand denied the "
    "accusation and urged Cambodia to respect the truce.")

for a in A:
    with open(os.path.join(here, a["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(a, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "articles")
