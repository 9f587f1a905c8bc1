export const unit = 'cm';
