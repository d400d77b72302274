import type { Texts } from '../types';

/** Korean texts (polite 해요체). */
export const ko: Texts = {
  // 의 follows any brand unchanged, where 을/를 would depend on its last sound.
  npsQuestion: '친구나 동료에게 {brand}의 서비스를 추천할 가능성은 얼마나 되나요?',
  csatQuestion: '{subject}에 얼마나 만족하시나요?',
  // The host's task is a modifier ("결제하는") of 과정, so no particle depends on its last sound.
  cesQuestion: '{task} 과정이 쉬웠습니다.',
  cesBrandQuestion: '{brand} 덕분에 {task} 과정이 쉬웠습니다.',
  npsLow: '전혀 가능성 없음',
  npsHigh: '매우 가능성 높음',
  csatLow: '매우 불만족',
  csatHigh: '매우 만족',
  cesLow: '전혀 동의하지 않음',
  cesHigh: '매우 동의함',
  followUpNegative: '어떤 점을 개선해야 할까요?',
  followUpNeutral: '무엇이 더 나아지면 좋을까요?',
  followUpPositive: '가장 마음에 드는 점은 무엇인가요?',
  commentPlaceholder: '의견 (선택 사항)',
  submit: '보내기',
  skip: '건너뛰기',
  close: '닫기',
  thanks: '감사합니다!',
  thanksDetail: '보내주신 의견은 서비스 개선에 도움이 됩니다.',
  dialogLabel: '의견 보내기',
  // Korean names the whole first: "10점 중 7점".
  scoreLabel: '{max}점 중 {score}점',
  brand: '저희 회사',
  subject: '이번 이용 경험',
  task: '필요한 것을 찾는',
  reasonsLabel: '어떤 점에 관한 것이었나요?',
  reasonsHint: '해당하는 항목을 모두 선택하세요.',
  contactQuestion: '이 건에 대해 연락드려도 될까요?',
  contactPurpose: '이 의견에 대한 후속 연락에만 사용합니다.',
  contactConsent: '네, 이 건에 대해 연락해도 됩니다',
  contactEmail: '이메일 주소',
  contactPhone: '전화번호',
  contactKnown: '계정에 등록된 연락처를 사용합니다.',
  invalidEmail: 'name@example.com과 같은 형식으로 이메일 주소를 입력하세요.',
  invalidPhone: '+44 20 7946 0958처럼 국가 번호를 포함한 전화번호를 입력하세요.',
  reviewLabel: '후기 공유하기',
  newTab: '새 탭에서 열림',
};
