## The NYC pack: its name, its sources and its hotlines.

pack-title = 뉴욕시에서 내 권리 알기

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = 뉴욕시장 행정명령 13호(2026), 부당한 이민 단속으로부터 뉴욕 시민 보호(Protecting New Yorkers from Abusive Immigration Enforcement)
    .publisher = 뉴욕시 시장실
source-nyc-admin-4-210 = 뉴욕시 행정법규(Administrative Code) § 4-210, 시 소유 시설의 비공개 구역 출입
    .publisher = 뉴욕시의회
source-nyc-eo-41-2003 = 뉴욕시장 행정명령 41호(2003), 이민 신분 비밀 보장
    .publisher = 뉴욕시 시장실
source-nyc-ll-30-2017 = 2017년 지방법 30호, 언어 서비스 제공
    .publisher = 뉴욕시의회
source-moia-kyr = 권리 알기(Know Your Rights) 안내 책자와 웹페이지
    .publisher = 뉴욕시장실 이민자 업무국(MOIA)
source-nyc-doe-ice = 학교에 온 시 외부 법 집행 요원에 관한 지침
    .publisher = 뉴욕시 교육국
source-ilrc-red-cards = 레드 카드(Red Cards)와 가족 비상 계획
    .publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-kyr = 권리 알기: 이민자의 권리, 사진·영상 촬영자의 권리
    .publisher = 미국시민자유연맹(ACLU)
source-idp-kyr = ICE를 만났을 때 알아야 할 권리
    .publisher = Immigrant Defense Project
source-nilc-arrested = 체포되거나 구금되었을 때
    .publisher = National Immigration Law Center (전미이민법센터)
source-legal-aid-nyc = 이민 관련 안내 페이지, 뉴욕시 학교와 ICE
    .publisher = The Legal Aid Society (뉴욕시)
source-ny-cvr-79p = 뉴욕주 민권법(Civil Rights Law) § 79-p, 법 집행 활동을 지켜보고 기록할 권리(2020)
    .publisher = 뉴욕주
source-ny-penal-250 = 뉴욕주 형법(Penal Law) §§ 250.00, 250.05, 도청
    .publisher = 뉴욕주
source-ny-ag-guidance = 민간·비영리 시설을 위한 지침(2025)
    .publisher = 뉴욕주 검찰총장
source-usc-18-1001 = 18 U.S.C. § 1001, 허위 진술
    .publisher = 미국 연방법전(United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e), 외국인 등록 서류 휴대 의무
    .publisher = 미국 연방법전(United States Code)
source-ice-memo-2025 = I-205로 집에 들어가는 것에 관한 2025년 5월 12일 ICE 메모, 그리고 2026년 1월 소송
    .publisher = 미국 이민세관단속국(ICE), 연방 법원
source-mamdani-video-2025-12 = 이민자 뉴욕 시민을 위한 영상 안내(2025년 12월): 요원을 들여보내지 말 것, 묵비권을 행사할 것, 기록할 것
    .publisher = 조란 맘다니(Zohran Mamdani), 당시 뉴욕시장 당선인
source-dhs-er-2025 = 신속 추방 대상 외국인 지정(Designating Aliens for Expedited Removal), 90 FR 8139(2025년 1월 24일), 그리고 Make the Road New York v. Noem 소송
    .publisher = 미국 국토안보부(DHS), 연방 법원
source-uscis-registration = 외국인 등록 의무(Alien Registration Requirement)와 G-325R 양식(2025)
    .publisher = 미국 이민국(USCIS)
source-padilla-2010 = Padilla v. Kentucky 판결, 559 U.S. 356 (2010)
    .publisher = 미국 연방대법원
source-ny-gol-5-1551 = 뉴욕주 일반의무법(General Obligations Law) §§ 5-1551, 5-1552, 부모 역할 대리인
    .publisher = 뉴욕주
source-ny-scpa-1726 = 뉴욕주 유언검인법원 절차법(Surrogate’s Court Procedure Act) § 1726, 예비 후견인 제도
    .publisher = 뉴욕주
source-nyc-hrl = 뉴욕시 인권법(NYC Human Rights Law, 행정법규 제8편)
    .publisher = 뉴욕시 인권위원회
source-uscis-i9-inspection = I-9 양식 점검과 감사 통지서(Notice of Inspection)
    .publisher = 미국 이민국(USCIS)
source-nyc-dcwp-workers = 이민 신분과 상관없는 뉴욕시 노동자의 권리
    .publisher = 뉴욕시 소비자·노동자 보호국(DCWP)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = 뉴욕시의 무료 이민 법률 지원, 비밀 보장
    .hours = 평일
contact-nys-ona = 뉴욕주 신규 이민자 핫라인(New Americans Hotline)
    .for = 무료·익명 상담, 여러 언어 지원, 기관 연결
contact-nyc-311 = NYC 311
    .for = 뉴욕시 서비스 안내. 법률 지원은 “ActionNYC”라고 말하십시오.
    .hours = 매일 24시간
contact-legal-aid = Legal Aid Society 이민 상담 전화
    .for = 무료 이민 법률 지원
contact-eoir = 이민법원 사건 안내 전화(EOIR)
    .for = A번호로 법원 날짜 확인
    .hours = 매일 24시간
contact-ice-locator = ICE 온라인 구금자 검색(Online Detainee Locator)
    .for = ICE에 구금된 성인 찾기. A번호와 출생 국가가 필요합니다.
    .hours = 온라인, 언제든지
contact-uwd = United We Dream MigraWatch
    .for = 단속 현장 신고
contact-idp = Immigrant Defense Project
    .for = 뉴욕의 ICE 활동 신고
contact-emergency = 911
    .for = 응급 상황: 생명이나 건강이 위험할 때
    .hours = 매일 24시간

contact-group-legal-help = 법률 지원
contact-group-detained = 누군가 구금되었을 때
contact-group-report = 단속 신고
contact-group-emergency = 응급 상황

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = 요원에게 보여 주십시오
    .intro = 화면을 창문에 대고 보여 주십시오. 보여 주려고 문을 열지 말고, 휴대폰을 건네지도 마십시오. 각 문장은 영어로 되어 있고, 그 아래에 한국어가 있습니다.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-no-search = 수색에 동의하지 않습니다.
    .line-no-entry = 집에 들어오는 것에 동의하지 않습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.
    .line-no-sign = 변호사 없이는 아무것에도 서명하지 않겠습니다.
    .line-slide = 영장을 문 밑으로 넣어 주십시오.
