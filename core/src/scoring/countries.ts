/**
 * Country names a short answer may put before a city in Korean ("포르투갈 리스본", "대한민국 서울") or
 * after it in English ("Lisbon Portugal"). Only used to read such answers as the city they name.
 */
const KOREAN_COUNTRIES = `
대한민국 한국 남한 북한 조선 일본 중국 대만 몽골 베트남 태국 라오스 캄보디아 미얀마 말레이시아 싱가포르 인도네시아 필리핀
인도 파키스탄 방글라데시 네팔 스리랑카 아프가니스탄 이란 이라크 시리아 요르단 레바논 이스라엘 사우디아라비아 아랍에미리트
카타르 쿠웨이트 오만 예멘 튀르키예 터키 카자흐스탄 우즈베키스탄 러시아 우크라이나 벨라루스 폴란드 체코 슬로바키아 헝가리
오스트리아 스위스 독일 프랑스 영국 아일랜드 네덜란드 벨기에 룩셈부르크 덴마크 노르웨이 스웨덴 핀란드 아이슬란드 에스토니아
라트비아 리투아니아 스페인 포르투갈 이탈리아 그리스 루마니아 불가리아 세르비아 크로아티아 슬로베니아 알바니아 몰타 키프로스
이집트 리비아 튀니지 알제리 모로코 수단 에티오피아 케냐 탄자니아 우간다 르완다 나이지리아 가나 세네갈 코트디부아르 카메룬
콩고 앙골라 잠비아 짐바브웨 모잠비크 마다가스카르 남아프리카공화국 남아공 미국 캐나다 멕시코 쿠바 자메이카 과테말라 파나마
코스타리카 콜롬비아 베네수엘라 에콰도르 페루 볼리비아 칠레 아르헨티나 우루과이 파라과이 브라질 호주 오스트레일리아 뉴질랜드 피지
`;

const ENGLISH_COUNTRIES = `
korea|south korea|north korea|japan|china|taiwan|mongolia|vietnam|thailand|laos|cambodia|myanmar|malaysia|singapore|indonesia|
philippines|india|pakistan|bangladesh|nepal|sri lanka|afghanistan|iran|iraq|syria|jordan|lebanon|israel|saudi arabia|
united arab emirates|uae|qatar|kuwait|oman|yemen|turkey|türkiye|kazakhstan|uzbekistan|russia|ukraine|belarus|poland|czechia|
czech republic|slovakia|hungary|austria|switzerland|germany|france|united kingdom|uk|england|scotland|wales|ireland|netherlands|
belgium|luxembourg|denmark|norway|sweden|finland|iceland|estonia|latvia|lithuania|spain|portugal|italy|greece|romania|bulgaria|
serbia|croatia|slovenia|albania|malta|cyprus|egypt|libya|tunisia|algeria|morocco|sudan|ethiopia|kenya|tanzania|uganda|rwanda|
nigeria|ghana|senegal|ivory coast|cameroon|congo|angola|zambia|zimbabwe|mozambique|madagascar|south africa|usa|united states|
united states of america|america|canada|mexico|cuba|jamaica|guatemala|panama|costa rica|colombia|venezuela|ecuador|peru|
bolivia|chile|argentina|uruguay|paraguay|brazil|australia|new zealand|fiji
`;

const KOREAN_SET = new Set(KOREAN_COUNTRIES.split(/\s+/).filter(Boolean));
const ENGLISH_SET = new Set(ENGLISH_COUNTRIES.replace(/\n/g, '').split('|').map((c) => c.trim()).filter(Boolean));

export function isKoreanCountry(word: string): boolean {
  return KOREAN_SET.has(word);
}

export function isEnglishCountry(name: string): boolean {
  return ENGLISH_SET.has(name.toLowerCase().replace(/^the\s+/, '').trim());
}
